using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>One report of an exported workbook and the rows its sheets hold.</summary>
public sealed record ExportedReport(ReportTable Table, int Rows);

/// <summary>
/// `report export`: computes the chosen reports (default: every report in force for the year) and writes
/// them into one workbook. Any unknown code refuses the whole export before anything is written. The ledger
/// books are streamed from the database into the sheets, never held whole.
/// </summary>
public sealed class ExportReports(BuildReport build, ConsolidateReport consolidate, IWorkbookWriter writer)
{
    public Task<Result<IReadOnlyList<ExportedReport>>> RunAsync(IReadOnlyList<string>? codes, int year, string? unit, SignaturePlace signed,
        Func<Stream> open, CancellationToken ct) => RunAsync(codes, year, unit, consolidated: false, signed, open, ct);

    /// <param name="consolidated">
    /// Each sheet is the provincial office's view across the units under <paramref name="unit"/> (default: the province's
    /// top office) — as `report show --consolidated`: each unit's block, then the total.
    /// </param>
    public async Task<Result<IReadOnlyList<ExportedReport>>> RunAsync(IReadOnlyList<string>? codes, int year, string? unit, bool consolidated, SignaturePlace signed,
        Func<Stream> open, CancellationToken ct)
    {
        var wanted = codes is { Count: > 0 } ? codes : build.Catalog.Codes.Where(c => build.Catalog.Find(c, year) is not null).ToList();
        if (wanted.Count == 0)
        {
            return new DomainError(ReportErrors.NothingToExport, "Không có báo cáo nào để xuất.", "reports");
        }

        var snapshot = new ReportSnapshot();
        var codesInOrder = wanted.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Task<Result<ReportTable>> Compute(string code) => consolidated
            ? consolidate.RunAsync(code, year, unit, streamBooks: true, snapshot, ct)
            : build.RunAsync(code, year, unit, streamBooks: true, snapshot, ct);

        // The cash-flow statement is one pass over every line of the year (a quarter of a province's workbook): it is
        // computed on another thread while the other reports are computed here. It reads through connections of its own
        // and shares only the units with them, read before it starts (so it leases no database context beside theirs,
        // whose connection would keep a page cache of its own); the tables are the same as computed one after the other.
        await build.PrepareAsync(snapshot, ct);
        var background = codesInOrder.Select(c => build.Catalog.Find(c, year)?.Kind == ReportKind.CashFlow ? Task.Run(() => Compute(c), ct) : null).ToList();
        var computed = new Dictionary<int, Result<ReportTable>>();
        try
        {
            for (var i = 0; i < codesInOrder.Count; i++)
            {
                if (background[i] is null)
                {
                    computed[i] = await Compute(codesInOrder[i]);
                }
            }

            for (var i = 0; i < codesInOrder.Count; i++)
            {
                if (background[i] is { } task)
                {
                    computed[i] = await task;
                }
            }
        }
        finally
        {
            // Nothing of the scope is disposed while a report is still being computed on the other thread.
            foreach (var running in background.OfType<Task>().Where(t => !t.IsCompleted))
            {
                await running.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        var tables = new List<ReportTable>();
        var errors = new List<DomainError>();
        foreach (var table in Enumerable.Range(0, codesInOrder.Count).Select(i => computed[i]))
        {
            if (table.IsFailure)
            {
                errors.AddRange(table.Errors);
                continue;
            }

            tables.Add(table.Value);
        }

        if (errors.Count > 0)
        {
            return Result.Failure<IReadOnlyList<ExportedReport>>(errors.Distinct().ToList());
        }

        await using var output = open();
        var rows = await writer.WriteAsync(output, tables, signed, ct);
        return Result.Success<IReadOnlyList<ExportedReport>>(tables.Select((t, i) => new ExportedReport(t, rows[i])).ToList());
    }
}

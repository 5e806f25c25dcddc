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
        var tables = new List<ReportTable>();
        var errors = new List<DomainError>();
        foreach (var code in wanted.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var table = consolidated
                ? await consolidate.RunAsync(code, year, unit, streamBooks: true, snapshot, ct)
                : await build.RunAsync(code, year, unit, streamBooks: true, snapshot, ct);
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

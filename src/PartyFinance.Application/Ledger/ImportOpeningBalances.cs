using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// `balance import`: opening balances (header unit,year,account,debit,credit), balanced per unit
/// and year, all-or-nothing. A unit-year that already has opening balances accepts the same
/// figures again (a retry) but refuses different ones: corrections go through a voucher.
/// </summary>
public sealed class ImportOpeningBalances(ILedgerStore store, AccessGuard access, TimeProvider clock)
{
    private static readonly string[] Columns = ["unit", "year", "account", "debit", "credit"];

    public Task<ImportReport> RunAsync(ImportFile file, string actor, CancellationToken ct) => RunAsync(file, actor, commit: true, ct);

    /// <summary>With <paramref name="commit"/> false (<see cref="CheckOpeningBalanceImport"/>) every check and every write runs, and the session is disposed uncommitted.</summary>
    internal async Task<ImportReport> RunAsync(ImportFile file, string actor, bool commit, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        var lines = new List<OpeningBalanceLine>();
        {
            var stream = file.Open();
            using var reader = new CsvReader(stream, file.Name);
            var header = CsvHeader.Read(reader, Columns, []);
            if (header.IsFailure)
            {
                return ImportReport.Failed(header.Errors);
            }

            while (reader.ReadRecord() is { } rec)
            {
                var row = reader.Row;
                var unit = Values.Required(header.Value.Get(rec, "unit"), "unit", row, errors);
                var year = Values.Year(header.Value.Get(rec, "year"), "year", row, errors);
                var account = Values.Required(header.Value.Get(rec, "account"), "account", row, errors);
                var debit = Values.Amount(header.Value.Get(rec, "debit"), "debit", row, errors);
                var credit = Values.Amount(header.Value.Get(rec, "credit"), "credit", row, errors);
                if (unit is not null && year is not null && account is not null && debit is not null && credit is not null)
                {
                    lines.Add(new OpeningBalanceLine(unit, year.Value, account, debit.Value, credit.Value, row));
                }
            }
        }

        var duplicates = lines.GroupBy(l => (l.UnitCode, l.Year, l.AccountCode)).Where(g => g.Count() > 1);
        errors.AddRange(duplicates.Select(g => new DomainError(ImportErrors.BadValue,
            $"Tài khoản {g.Key.AccountCode} của đơn vị '{g.Key.UnitCode}' năm {g.Key.Year} xuất hiện nhiều lần.", "account", g.Last().Row)));

        var allowed = await access.CheckAsync(actor, Permission.BalanceImport, lines.Select(l => (string?)l.UnitCode).ToList(), ct);
        if (allowed.IsFailure)
        {
            return ImportReport.Failed(allowed.Errors);
        }

        await using var session = await store.BeginAsync(ct);
        errors.AddRange(OpeningBalanceRules.Check(lines, session.Catalog));
        var fresh = new List<OpeningBalanceLine>();
        var skipped = 0;
        foreach (var group in lines.GroupBy(l => (l.UnitCode, l.Year)))
        {
            var existing = await session.LoadOpeningBalancesAsync(group.Key.UnitCode, group.Key.Year, ct);
            if (existing.Count == 0)
            {
                fresh.AddRange(group);
            }
            else if (Same(existing, group))
            {
                skipped += group.Count();
            }
            else
            {
                errors.Add(new DomainError(LedgerErrors.OpeningAlreadyPosted,
                    $"Đơn vị '{group.Key.UnitCode}' đã có số dư đầu năm {group.Key.Year} khác với tệp này; điều chỉnh bằng chứng từ ghi sổ.", "unit", group.Min(l => l.Row)));
            }
        }

        if (errors.Count > 0)
        {
            return ImportReport.Failed(errors, lines.Count);
        }

        if (await session.AddOpeningBalancesAsync(fresh, ct) is { } tooMuch)
        {
            return ImportReport.Failed([tooMuch], lines.Count);
        }

        var report = new ImportReport(lines.Count, fresh.Count, skipped, null, null, []);
        if (!commit)
        {
            return report;
        }

        await session.CommitAsync(new ImportBatch("opening-balances", file.Name, file.Sha256(), lines.Count, fresh.Count, skipped, actor, clock.GetUtcNow()), ct);
        return report;
    }

    private static bool Same(IReadOnlyList<OpeningBalanceLine> stored, IEnumerable<OpeningBalanceLine> incoming)
    {
        static IEnumerable<(string, long, long)> Norm(IEnumerable<OpeningBalanceLine> ls) =>
            ls.Select(l => (l.AccountCode, l.Debit, l.Credit)).OrderBy(x => x.AccountCode, StringComparer.Ordinal);
        return Norm(stored).SequenceEqual(Norm(incoming));
    }
}

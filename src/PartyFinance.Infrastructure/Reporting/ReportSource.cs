using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Reference;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>The reports' view of the books: the queries of `ledger trial-balance` and `ledger general`, plus turnover without the closing vouchers.</summary>
public sealed class ReportSource(DatabaseTarget target, LedgerQueries ledger, LedgerReportQueries reports) : IReportSource
{
    public Task<IReadOnlyList<OrganisationUnit>> UnitsAsync(CancellationToken ct) => ledger.ListUnitsAsync(ct);

    public Task<IReadOnlyDictionary<string, ChartAccount>> ChartAsync(CancellationToken ct) => reports.ChartAsync(ct);

    public async Task<IReadOnlyList<BudgetCode>> BudgetCodesAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return (await db.BudgetCodes.AsNoTracking().ToListAsync(ct)).ConvertAll(b => new BudgetCode(b.Kind, b.Code, b.Name, b.ParentCode, b.ValidFrom, b.ValidTo));
    }

    public Task<IReadOnlyList<AccountMovement>> MovementsAsync(ReportPeriod period, string? unit, CancellationToken ct) => reports.MovementsAsync(period, unit, ct);

    public Task<LedgerBook> GeneralLedgerAsync(string account, string name, ReportPeriod period, string? unit, CancellationToken ct) =>
        reports.GeneralLedgerAsync(account, name, period, unit, ct);

    public async Task<IReadOnlyList<CashFlows.Line>> CashLinesAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> cash, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var vouchers = db.Vouchers.Where(v => v.Year == period.Year && v.Date >= period.From && v.Date <= period.To);
        if (unit is not null)
        {
            vouchers = vouchers.Where(v => v.UnitCode == unit);
        }

        var lines = await (from l in db.VoucherLines
                           join v in vouchers on l.VoucherId equals v.Id
                           orderby v.Id, l.LineNo
                           select new CashFlows.Line(v.Id, l.AccountCode, l.Debit, l.Credit, l.IsOffBalance)).ToListAsync(ct);

        // Only the vouchers that move cash matter; the others are dropped here rather than in SQL (a prefix list does not translate).
        var touching = lines.Where(l => cash.Any(c => l.Account.StartsWith(c, StringComparison.Ordinal))).Select(l => l.Voucher).ToHashSet();
        return lines.Where(l => touching.Contains(l.Voucher)).ToList();
    }

    public async Task<IReadOnlyList<AccountMovement>> MovementsExcludingAsync(ReportPeriod period, string? unit, IReadOnlyCollection<string> excluding, CancellationToken ct)
    {
        var all = await reports.MovementsAsync(period, unit, ct);
        if (excluding.Count == 0)
        {
            return all;
        }

        await using var connection = await target.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        var prefixes = excluding.Select((_, i) => $"x.account_code LIKE @p{i}");
        cmd.CommandText =
            "SELECT l.account_code, CAST(SUM(l.debit) AS BIGINT), CAST(SUM(l.credit) AS BIGINT) FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id" +
            " WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + (unit is null ? string.Empty : " AND v.unit_code = @unit") +
            $" AND NOT EXISTS (SELECT 1 FROM voucher_lines x WHERE x.voucher_id = v.id AND ({string.Join(" OR ", prefixes)}))" +
            " GROUP BY l.account_code";
        Add(cmd, "@year", period.Year);
        Add(cmd, "@from", period.From);
        Add(cmd, "@to", period.To);
        if (unit is not null)
        {
            Add(cmd, "@unit", unit);
        }

        foreach (var (prefix, i) in excluding.Select((p, i) => (p, i)))
        {
            Add(cmd, $"@p{i}", prefix + "%");
        }

        var sums = new Dictionary<string, (long Debit, long Credit)>(StringComparer.Ordinal);
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                sums[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
            }
        }

        return all.Select(m => sums.TryGetValue(m.Account, out var s) ? m with { Debit = s.Debit, Credit = s.Credit } : m with { Debit = 0, Credit = 0 }).ToList();
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>
/// Ledger reports over a <see cref="ReportPeriod"/>: whole months are summed from account_balances
/// (small), other ranges from the voucher lines of that year. Opening = the year's opening balances
/// plus what was posted in the year before the period.
/// </summary>
public sealed class LedgerReportQueries(DatabaseTarget target)
{
    private IReadOnlyDictionary<string, ChartAccount>? chart;

    public async Task<IReadOnlyList<AccountMovement>> MovementsAsync(ReportPeriod period, string? unit, CancellationToken ct)
    {
        await using var connection = await target.OpenConnectionAsync(ct);
        var sql = MovementsSql(period.IsWholeMonths, unit is not null);
        var sums = new List<(string Account, long OpenDebit, long OpenCredit, long Debit, long Credit)>();
        await using (var cmd = Command(connection, sql, ("@year", period.Year), ("@unit", unit), ("@fm", period.From.Month), ("@tm", period.To.Month),
            ("@from", Date(period.From)), ("@to", Date(period.To))))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                sums.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        // The opening of a period is a balance: what was posted before it nets into one side.
        var chart = await ChartAsync(connection, ct);
        return sums.ConvertAll(m =>
        {
            var net = checked(m.OpenDebit - m.OpenCredit);
            var (openDebit, openCredit) = period.From.DayOfYear == 1 ? (m.OpenDebit, m.OpenCredit) : (net > 0 ? net : 0, net < 0 ? -net : 0);
            return chart.TryGetValue(m.Account, out var a)
                ? new AccountMovement(m.Account, a.Name, a.IsOffBalance, openDebit, openCredit, m.Debit, m.Credit)
                : new AccountMovement(m.Account, string.Empty, false, openDebit, openCredit, m.Debit, m.Credit);
        });
    }

    /// <summary>The chart of accounts as it stands (latest version of each code), read once by this instance (one command, one web request).</summary>
    public async Task<IReadOnlyDictionary<string, ChartAccount>> ChartAsync(CancellationToken ct)
    {
        if (chart is not null)
        {
            return chart;
        }

        await using var connection = await target.OpenConnectionAsync(ct);
        return await ChartAsync(connection, ct);
    }

    private async Task<IReadOnlyDictionary<string, ChartAccount>> ChartAsync(System.Data.Common.DbConnection connection, CancellationToken ct)
    {
        if (chart is not null)
        {
            return chart;
        }

        var read = new Dictionary<string, ChartAccount>(StringComparer.Ordinal);
        await using var cmd = Command(connection, ChartSql);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var code = reader.GetString(0);
            read[code] = new ChartAccount(code, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3));
        }

        return chart = read;
    }

    /// <summary>Lines of an account (and its sub-accounts) in the period, each with the accounts on the other side of its voucher.</summary>
    public async Task<LedgerBook> GeneralLedgerAsync(string account, string name, ReportPeriod period, string? unit, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var vouchers = db.Vouchers.Where(v => v.Year == period.Year);
        var openings = db.OpeningBalances.Where(o => o.Year == period.Year && o.AccountCode.StartsWith(account));
        if (unit is not null)
        {
            vouchers = vouchers.Where(v => v.UnitCode == unit);
            openings = openings.Where(o => o.UnitCode == unit);
        }

        var before = Reporting.ReportSource.LinesBefore(period)
            ? await (from l in db.VoucherLines
                     join v in vouchers on l.VoucherId equals v.Id
                     where v.Date < period.From && l.AccountCode.StartsWith(account)
                     select new { l.Debit, l.Credit }).ToListAsync(ct)
            : [];
        var touched = from l in db.VoucherLines
                      join v in vouchers on l.VoucherId equals v.Id
                      where v.Date >= period.From && v.Date <= period.To && l.AccountCode.StartsWith(account)
                      select v.Id;
        var lines = await (from l in db.VoucherLines
                           join v in vouchers on l.VoucherId equals v.Id
                           where touched.Contains(v.Id)
                           orderby v.Date, v.Id, l.LineNo
                           select new { v.Id, v.Date, v.Number, v.Description, l.AccountCode, l.Debit, l.Credit, l.IsOffBalance }).ToListAsync(ct);

        var openDebit = await openings.SumAsync(o => o.Debit, ct) + before.Sum(b => b.Debit);
        var openCredit = await openings.SumAsync(o => o.Credit, ct) + before.Sum(b => b.Credit);
        if (period.From.DayOfYear != 1)
        {
            var net = checked(openDebit - openCredit);
            (openDebit, openCredit) = (net > 0 ? net : 0, net < 0 ? -net : 0);
        }

        var entries = new List<LedgerBookEntry>();
        foreach (var voucher in lines.GroupBy(l => l.Id))
        {
            var all = voucher.Select(l => new ContraAccounts.Line(l.AccountCode, l.Debit, l.Credit, l.IsOffBalance)).ToList();
            var contras = ContraAccounts.Of(all);
            foreach (var (l, i) in voucher.Select((l, i) => (l, i)).Where(x => x.l.AccountCode.StartsWith(account, StringComparison.Ordinal)))
            {
                var contra = contras[i].Where(a => !a.StartsWith(account, StringComparison.Ordinal));
                entries.Add(new LedgerBookEntry(l.Date, l.Number, l.Description, l.AccountCode, string.Join(", ", contra), l.Debit, l.Credit));
            }
        }

        return LedgerBook.Build(account, name, period, unit, openDebit, openCredit, entries);
    }

    /// <summary>
    /// A period's opening (the year's opening balances plus what was posted before the period) and movements per account:
    /// whole months from account_balances (@fm, @tm), other ranges from the year's lines (@from, @to); of one unit: @unit.
    /// </summary>
    public static string MovementsSql(bool wholeMonths, bool ofUnit)
    {
        var unitFilter = ofUnit ? " AND unit_code = @unit" : string.Empty;
        var lineUnitFilter = ofUnit ? " AND v.unit_code = @unit" : string.Empty;
        var before = wholeMonths
            ? " UNION ALL SELECT account_code, debit, credit, 0, 0 FROM account_balances WHERE year = @year AND month < @fm" + unitFilter +
              " UNION ALL SELECT account_code, 0, 0, debit, credit FROM account_balances WHERE year = @year AND month >= @fm AND month <= @tm" + unitFilter
            : " UNION ALL SELECT l.account_code, l.debit, l.credit, 0, 0 FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.year = @year AND v.date < @from" + lineUnitFilter +
              " UNION ALL SELECT l.account_code, 0, 0, l.debit, l.credit FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.year = @year AND v.date >= @from AND v.date <= @to" + lineUnitFilter;
        return "SELECT account_code, CAST(SUM(od) AS BIGINT), CAST(SUM(oc) AS BIGINT), CAST(SUM(d) AS BIGINT), CAST(SUM(c) AS BIGINT) FROM (" +
               " SELECT account_code, debit AS od, credit AS oc, 0 AS d, 0 AS c FROM opening_balances WHERE year = @year" + unitFilter + before +
               ") m GROUP BY account_code";
    }

    public const string ChartSql = "SELECT code, name, parent_code, is_off_balance FROM accounts ORDER BY valid_from";

    private static object Date(DateOnly d) => d;

    private static System.Data.Common.DbCommand Command(System.Data.Common.DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (value is not null && sql.Contains(name, StringComparison.Ordinal))
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }
        }

        return cmd;
    }
}

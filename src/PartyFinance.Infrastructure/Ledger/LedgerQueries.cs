using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Organisation;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>Read queries. Trial balances sum the small account_balances table, never the voucher lines.</summary>
public sealed class LedgerQueries(DatabaseTarget target) : ILedgerQueries
{
    public async Task<IReadOnlyList<OrganisationUnit>> ListUnitsAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return (await db.Units.OrderBy(u => u.Code).ToListAsync(ct)).ConvertAll(ReferenceReader.ToDomain);
    }

    public async Task<IReadOnlyList<VoucherListItem>> ListVouchersAsync(string? unit, int? year, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var q = db.Vouchers.AsQueryable();
        if (unit is not null)
        {
            q = q.Where(v => v.UnitCode == unit);
        }

        if (year is not null)
        {
            q = q.Where(v => v.Year == year);
        }

        var rows = await (from v in q
                          join o in db.Vouchers on v.ReversesId equals o.Id into orig
                          from o in orig.DefaultIfEmpty()
                          join r in db.Vouchers on v.Id equals r.ReversesId into rev
                          from r in rev.DefaultIfEmpty()
                          orderby v.Date, v.Id
                          select new VoucherListItem(v.Number, v.ClientKey, v.Date, v.UnitCode, v.TypeCode, v.Description, v.Amount,
                              o == null ? null : o.Number, r == null ? null : r.Number)).ToListAsync(ct);
        return rows;
    }

    public async Task<VoucherView?> FindVoucherAsync(string number, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var v = await db.Vouchers.FirstOrDefaultAsync(x => x.Number == number, ct);
        if (v is null)
        {
            return null;
        }

        var reverses = v.ReversesId is { } rid ? await db.Vouchers.Where(x => x.Id == rid).Select(x => x.Number).FirstAsync(ct) : null;
        var reversedBy = await db.Vouchers.Where(x => x.ReversesId == v.Id).Select(x => x.Number).FirstOrDefaultAsync(ct);
        var lines = await db.VoucherLines.Where(l => l.VoucherId == v.Id).OrderBy(l => l.LineNo).ToListAsync(ct);
        return new VoucherView(v.Number, v.ClientKey, v.Date, v.UnitCode, v.TypeCode, v.Description, v.Amount, reverses, reversedBy,
            lines.ConvertAll(l => new VoucherViewLine(l.AccountCode, l.Debit > 0 ? "debit" : "credit", l.Debit > 0 ? l.Debit : l.Credit,
                l.FundSource, l.BudgetItem, l.Sector, l.Program, l.Counterparty)));
    }

    public async Task<IReadOnlyList<AccountMovement>> MovementsAsync(int year, string? unit, CancellationToken ct)
    {
        // Plain SQL on a raw connection: sums over the small balance tables, no EF model to build.
        await using var connection = await target.OpenConnectionAsync(ct);
        var sql = MovementsSql(unit is not null);
        var sums = new List<(string Account, long OpenDebit, long OpenCredit, long Debit, long Credit)>();
        await using (var cmd = Command(connection, sql, ("@year", year), ("@unit", unit)))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                sums.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }

        var names = new Dictionary<string, (string Name, bool OffBalance)>(StringComparer.Ordinal);
        await using (var cmd = Command(connection, AccountNamesSql))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                names[reader.GetString(0)] = (reader.GetString(1), reader.GetBoolean(2));
            }
        }

        return sums.ConvertAll(m => names.TryGetValue(m.Account, out var a)
            ? new AccountMovement(m.Account, a.Name, a.OffBalance, m.OpenDebit, m.OpenCredit, m.Debit, m.Credit)
            : new AccountMovement(m.Account, string.Empty, false, m.OpenDebit, m.OpenCredit, m.Debit, m.Credit));
    }

    /// <summary>A year's opening balances and movements per account, summed from the balance tables (of one unit: @unit).</summary>
    public static string MovementsSql(bool ofUnit)
    {
        var unitFilter = ofUnit ? " AND unit_code = @unit" : string.Empty;
        return "SELECT account_code, CAST(SUM(od) AS BIGINT), CAST(SUM(oc) AS BIGINT), CAST(SUM(d) AS BIGINT), CAST(SUM(c) AS BIGINT) FROM (" +
               " SELECT account_code, debit AS od, credit AS oc, 0 AS d, 0 AS c FROM opening_balances WHERE year = @year" + unitFilter +
               " UNION ALL SELECT account_code, 0, 0, debit, credit FROM account_balances WHERE year = @year" + unitFilter +
               ") m GROUP BY account_code";
    }

    public const string AccountNamesSql = "SELECT code, name, is_off_balance FROM accounts ORDER BY valid_from";

    public const string UnitExistsSql = "SELECT COUNT(*) FROM org_units WHERE code = @code";

    private static System.Data.Common.DbCommand Command(System.Data.Common.DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (value is not null)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }
        }

        return cmd;
    }

    public async Task<GeneralLedger> GeneralLedgerAsync(string account, int year, string? unit, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var openings = db.OpeningBalances.Where(o => o.Year == year && o.AccountCode.StartsWith(account));
        var lines = from l in db.VoucherLines
                    join v in db.Vouchers on l.VoucherId equals v.Id
                    where v.Year == year && l.AccountCode.StartsWith(account)
                    select new { v.Date, v.Id, l.LineNo, v.Number, v.Description, v.UnitCode, l.AccountCode, l.Debit, l.Credit };
        if (unit is not null)
        {
            openings = openings.Where(o => o.UnitCode == unit);
            lines = lines.Where(l => l.UnitCode == unit);
        }

        var openDebit = await openings.SumAsync(o => o.Debit, ct);
        var openCredit = await openings.SumAsync(o => o.Credit, ct);
        var raw = await lines.OrderBy(l => l.Date).ThenBy(l => l.Id).ThenBy(l => l.LineNo).ToListAsync(ct);
        return GeneralLedger.Build(account, year, unit, openDebit, openCredit,
            raw.Select(r => (r.Date, r.Number, r.Description, r.AccountCode, r.Debit, r.Credit)));
    }

    public async Task<bool> UnitExistsAsync(string unit, CancellationToken ct)
    {
        await using var connection = await target.OpenConnectionAsync(ct);
        await using var cmd = Command(connection, UnitExistsSql, ("@code", unit));
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public async Task<bool> AccountExistsAsync(string account, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await db.Accounts.AnyAsync(a => a.Code == account, ct);
    }
}

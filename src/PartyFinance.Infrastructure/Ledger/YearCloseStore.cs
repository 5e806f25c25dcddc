using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Ledger;

/// <summary>
/// `close year`'s store: the step states (year_close_steps) and the sums it closes. The sums are plain
/// SQL grouped in the database: a province's year of lines is never loaded.
/// </summary>
public sealed class YearCloseStore(DatabaseTarget target) : IYearCloseStore
{
    public async Task<IReadOnlyList<CloseStepRecord>> StepsAsync(int year, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return (await db.YearCloseSteps.AsNoTracking().Where(s => s.Year == year).ToListAsync(ct))
            .ConvertAll(s => new CloseStepRecord(s.UnitCode, s.Year, s.Step, s.State, s.Detail, s.ChangedBy, s.ChangedAt));
    }

    public async Task SaveStepsAsync(IReadOnlyList<CloseStepRecord> steps, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var year = steps[0].Year;
        var existing = (await db.YearCloseSteps.Where(s => s.Year == year).ToListAsync(ct)).ToDictionary(s => (s.UnitCode, s.Step));
        foreach (var s in steps)
        {
            if (!existing.TryGetValue((s.Unit, s.Step), out var row))
            {
                row = new YearCloseStepRecord { UnitCode = s.Unit, Year = s.Year, Step = s.Step };
                db.YearCloseSteps.Add(row);
                existing[(s.Unit, s.Step)] = row;
            }

            (row.State, row.Detail, row.ChangedBy, row.ChangedAt) = (s.State, s.Detail, s.By, s.At);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<DimensionBalance>> YearBalancesAsync(int year, string? unit, IReadOnlyList<string> prefixes, CancellationToken ct)
    {
        if (prefixes.Count == 0)
        {
            return [];
        }

        // The accounts moved in the year come from the small account_balances table; the lines are then read
        // through the account index for those accounts only (911 at year end: a few hundred lines).
        await using var connection = await target.OpenConnectionAsync(ct);
        var accounts = new List<string>();
        await using (var list = Command(connection, MovedAccountsSql(unit is not null), [("@year", year), ("@unit", unit)]))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var account = reader.GetString(0);
                if (prefixes.Any(p => account.StartsWith(p, StringComparison.Ordinal)))
                {
                    accounts.Add(account);
                }
            }
        }

        if (accounts.Count == 0)
        {
            return [];
        }

        var parameters = new List<(string, object?)> { ("@year", year), ("@unit", unit) };
        parameters.AddRange(accounts.Select((a, i) => ("@a" + i.ToString(CultureInfo.InvariantCulture), (object?)a)));
        var sql = DimensionBalancesSql(unit is not null, accounts.Count);
        var rows = new List<DimensionBalance>();
        await using var cmd = Command(connection, sql, parameters);
        await using var lines = await cmd.ExecuteReaderAsync(ct);
        while (await lines.ReadAsync(ct))
        {
            rows.Add(new DimensionBalance(lines.GetString(0), lines.GetString(1), Text(lines, 2), Text(lines, 3), Text(lines, 4), lines.GetInt64(5), lines.GetInt64(6)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<ClosingBalance>> ClosingBalancesAsync(int year, string? unit, CancellationToken ct)
    {
        await using var connection = await target.OpenConnectionAsync(ct);
        var sql = ClosingBalancesSql(unit is not null);
        var sums = new List<(string Unit, string Account, long Debit, long Credit)>();
        await using (var cmd = Command(connection, sql, [("@year", year), ("@unit", unit)]))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                sums.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }

        var offBalance = new Dictionary<string, bool>(StringComparer.Ordinal);
        await using (var cmd = Command(connection, OffBalanceSql, []))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                offBalance[reader.GetString(0)] = reader.GetBoolean(1);
            }
        }

        return sums.ConvertAll(s => new ClosingBalance(s.Unit, s.Account, offBalance.GetValueOrDefault(s.Account), s.Debit, s.Credit));
    }

    public async Task<IReadOnlyList<KeyedVoucher>> VouchersByKeyAsync(int year, string? unit, IReadOnlyList<string> prefixes, CancellationToken ct)
    {
        var found = new List<KeyedVoucher>();
        await using var connection = await target.OpenConnectionAsync(ct);
        foreach (var chunk in prefixes.Chunk(200))
        {
            var parameters = new List<(string, object?)> { ("@unit", unit) };
            for (var i = 0; i < chunk.Length; i++)
            {
                var name = "@k" + i.ToString(CultureInfo.InvariantCulture);
                parameters.Add((name, chunk[i]));
                parameters.Add((name + "e", chunk[i] + "\uffff"));
            }

            var sql = VouchersByKeySql(target.Provider, unit is not null, chunk.Select(p => p.Length).ToList());
            await using var cmd = Command(connection, sql, parameters);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetInt32(4) == year)
                {
                    found.Add(new KeyedVoucher(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
                }
            }
        }

        return found;
    }

    /// <summary>The accounts moved in a year (of one unit: @unit).</summary>
    public static string MovedAccountsSql(bool ofUnit) =>
        "SELECT DISTINCT account_code FROM account_balances WHERE year = @year" + (ofUnit ? " AND unit_code = @unit" : string.Empty);

    /// <summary>A year's lines on the accounts @a0 … summed per unit, account and budget dimensions (of one unit: @unit).</summary>
    public static string DimensionBalancesSql(bool ofUnit, int accounts) =>
        "SELECT v.unit_code, l.account_code, l.fund_source, l.budget_item, l.sector, CAST(SUM(l.debit) AS BIGINT), CAST(SUM(l.credit) AS BIGINT)" +
        " FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.year = @year" + (ofUnit ? " AND v.unit_code = @unit" : string.Empty) +
        " AND l.account_code IN (" + string.Join(", ", Enumerable.Range(0, accounts).Select(i => "@a" + i.ToString(CultureInfo.InvariantCulture))) + ")" +
        " GROUP BY v.unit_code, l.account_code, l.fund_source, l.budget_item, l.sector";

    /// <summary>Each unit's and account's closing balance of a year: its opening balances plus the year's movements (of one unit: @unit).</summary>
    public static string ClosingBalancesSql(bool ofUnit)
    {
        var unitFilter = ofUnit ? " AND unit_code = @unit" : string.Empty;
        return "SELECT unit_code, account_code, CAST(SUM(debit) AS BIGINT), CAST(SUM(credit) AS BIGINT) FROM (" +
               " SELECT unit_code, account_code, debit, credit FROM opening_balances WHERE year = @year" + unitFilter +
               " UNION ALL SELECT unit_code, account_code, debit, credit FROM account_balances WHERE year = @year" + unitFilter +
               ") m GROUP BY unit_code, account_code";
    }

    public const string OffBalanceSql = "SELECT code, is_off_balance FROM accounts ORDER BY valid_from";

    /// <summary>
    /// The vouchers whose client key starts with one of the prefixes @k0 … (of the given lengths; @k0e … each prefix
    /// followed by U+FFFF), of one unit: @unit. The year is tested on the rows found, so SQLite reads them through the key index alone.
    /// </summary>
    public static string VouchersByKeySql(DatabaseProvider provider, bool ofUnit, IReadOnlyList<int> prefixLengths)
    {
        var filters = new List<string>();
        for (var i = 0; i < prefixLengths.Count; i++)
        {
            var name = "@k" + i.ToString(CultureInfo.InvariantCulture);
            var length = prefixLengths[i].ToString(CultureInfo.InvariantCulture);
            var exact = provider == DatabaseProvider.SqlServer ? $"SUBSTRING(client_key, 1, {length}) = {name}" : $"substr(client_key, 1, {length}) = {name}";

            // SQLite and SQL Server (binary collation) compare text code point by code point, so a prefix is also a
            // range of the client_key index; PostgreSQL's collation need not be, so there only the exact test is used.
            filters.Add(provider != DatabaseProvider.Postgres ? $"(client_key >= {name} AND client_key < {name}e AND {exact})" : exact);
        }

        return "SELECT unit_code, client_key, number, amount, year FROM vouchers WHERE (" + string.Join(" OR ", filters) + ")" +
               (ofUnit ? " AND unit_code = @unit" : string.Empty);
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static DbCommand Command(DbConnection connection, string sql, IEnumerable<(string Name, object? Value)> parameters)
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
}

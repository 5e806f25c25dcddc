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

        // One range test per line (codes from the lowest prefix up) instead of a LIKE per prefix: the grouped
        // rows are few (unit × account × dimensions), the prefixes are applied to them here.
        await using var connection = await target.OpenConnectionAsync(ct);
        var sql = "SELECT v.unit_code, l.account_code, l.fund_source, l.budget_item, l.sector, CAST(SUM(l.debit) AS BIGINT), CAST(SUM(l.credit) AS BIGINT)" +
                  " FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id WHERE v.year = @year" + (unit is null ? string.Empty : " AND v.unit_code = @unit") +
                  " AND l.account_code >= @from GROUP BY v.unit_code, l.account_code, l.fund_source, l.budget_item, l.sector";
        var rows = new List<DimensionBalance>();
        await using var cmd = Command(connection, sql, [("@year", year), ("@unit", unit), ("@from", prefixes.Min(StringComparer.Ordinal))]);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var account = reader.GetString(1);
            if (prefixes.Any(p => account.StartsWith(p, StringComparison.Ordinal)))
            {
                rows.Add(new DimensionBalance(reader.GetString(0), account, Text(reader, 2), Text(reader, 3), Text(reader, 4), reader.GetInt64(5), reader.GetInt64(6)));
            }
        }

        return rows;
    }

    public async Task<IReadOnlyList<ClosingBalance>> ClosingBalancesAsync(int year, string? unit, CancellationToken ct)
    {
        await using var connection = await target.OpenConnectionAsync(ct);
        var unitFilter = unit is null ? string.Empty : " AND unit_code = @unit";
        var sql = "SELECT unit_code, account_code, CAST(SUM(debit) AS BIGINT), CAST(SUM(credit) AS BIGINT) FROM (" +
                  " SELECT unit_code, account_code, debit, credit FROM opening_balances WHERE year = @year" + unitFilter +
                  " UNION ALL SELECT unit_code, account_code, debit, credit FROM account_balances WHERE year = @year" + unitFilter +
                  ") m GROUP BY unit_code, account_code";
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
        await using (var cmd = Command(connection, "SELECT code, is_off_balance FROM accounts ORDER BY valid_from", []))
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
            var parameters = new List<(string, object?)> { ("@year", year), ("@unit", unit) };
            var filters = new List<string>();
            for (var i = 0; i < chunk.Length; i++)
            {
                var name = "@k" + i.ToString(CultureInfo.InvariantCulture);
                filters.Add($"substr(client_key, 1, {chunk[i].Length.ToString(CultureInfo.InvariantCulture)}) = {name}");
                parameters.Add((name, chunk[i]));
            }

            var sql = "SELECT unit_code, client_key, number, amount FROM vouchers WHERE year = @year" + (unit is null ? string.Empty : " AND unit_code = @unit") +
                      " AND (" + string.Join(" OR ", filters) + ")";
            await using var cmd = Command(connection, sql, parameters);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                found.Add(new KeyedVoucher(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
            }
        }

        return found;
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

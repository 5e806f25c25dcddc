using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Ledger;

internal sealed partial class LedgerSession
{
    // SQLite and PostgreSQL; SQL Server has no ON CONFLICT and uses the MERGE statements of SqlServerOptions.
    private const string BalanceInsertOrAdd =
        "INSERT INTO account_balances (unit_code, year, month, account_code, debit, credit) VALUES (@u, @y, @m, @a, @d, @c) " +
        "ON CONFLICT (unit_code, year, month, account_code) DO UPDATE SET debit = account_balances.debit + excluded.debit, credit = account_balances.credit + excluded.credit";

    private const string EstimateInsertOrAdd =
        "INSERT INTO estimate_balances (unit_code, fund_source, budget_item, sector, year, month, account_code, type_code, debit, credit) " +
        "VALUES (@u, @f, @i, @s, @y, @m, @a, @t, @d, @c) " +
        "ON CONFLICT (unit_code, fund_source, budget_item, sector, year, month, account_code, type_code) " +
        "DO UPDATE SET debit = estimate_balances.debit + excluded.debit, credit = estimate_balances.credit + excluded.credit";

    private const string SequenceInsertOrSet =
        "INSERT INTO voucher_sequences (unit_code, type_code, year, last_number) VALUES (@u, @t, @y, @n) " +
        "ON CONFLICT (unit_code, type_code, year) DO UPDATE SET last_number = excluded.last_number";

    /// <summary>Adds a unit-month's movement of an account to account_balances (@u, @y, @m, @a, @d, @c).</summary>
    public static string BalanceUpsertSql(bool sqlServer) => sqlServer ? Persistence.SqlServer.SqlServerOptions.BalanceUpsert : BalanceInsertOrAdd;

    /// <summary>Adds a movement to estimate_balances (@u, @f, @i, @s, @y, @m, @a, @t, @d, @c).</summary>
    public static string EstimateUpsertSql(bool sqlServer) => sqlServer ? Persistence.SqlServer.SqlServerOptions.EstimateUpsert : EstimateInsertOrAdd;

    /// <summary>Sets a unit's last voucher number of a type and year in voucher_sequences (@u, @t, @y, @n).</summary>
    public static string SequenceUpsertSql(bool sqlServer) => sqlServer ? Persistence.SqlServer.SqlServerOptions.SequenceUpsert : SequenceInsertOrSet;

    public async Task CommitAsync(ImportBatch? batch, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            await WriteAsync(batch, ct);
        }
        catch
        {
            // Part of it may be written (the sequences, before a failing save): a later session of the transaction reads afresh.
            ForgetJoined();
            throw;
        }
    }

    private async Task WriteAsync(ImportBatch? batch, CancellationToken ct)
    {
        await _vouchers.FlushAsync(ct);
        await _lines.FlushAsync(ct);
        var sqlServer = _connection is Microsoft.Data.SqlClient.SqlConnection;
        await ExecuteManyAsync(BalanceUpsertSql(sqlServer), ["@u", "@y", "@m", "@a", "@d", "@c"], _balances.Select(b => new object[] { b.Key.Unit, b.Key.Year, b.Key.Month, b.Key.Account, b.Value.Debit, b.Value.Credit }), ct);
        await ExecuteManyAsync(EstimateUpsertSql(sqlServer), ["@u", "@f", "@i", "@s", "@y", "@m", "@a", "@t", "@d", "@c"], _estimates.Select(e => new object[]
        {
            e.Key.Unit, e.Key.FundSource, e.Key.BudgetItem, e.Key.Sector, e.Key.Year, e.Key.Month, e.Key.Account, e.Key.Type, e.Value.Debit, e.Value.Credit,
        }), ct);
        await ExecuteManyAsync(SequenceUpsertSql(sqlServer), ["@u", "@t", "@y", "@n"], _touchedSequences.Select(k => new object[] { k.Item1, k.Item2, k.Item3, _sequences[k] }), ct);
        foreach (var (year, volume) in _volumes)
        {
            var name = Counters.Volume(year);
            if (_newVolumes.Contains(year))
            {
                _db.Counters.Add(new CounterRecord { Name = name, Value = volume });
            }
            else if (_counters[name] != volume)
            {
                await _db.Counters.Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, volume), ct);
            }
        }

        // Only the counters this session moved: an approval's commit touches two or three rows, not every counter.
        foreach (var (name, value) in _counters)
        {
            if (_countersAtStart.TryGetValue(name, out var start) && start != value)
            {
                await _db.Counters.Where(c => c.Name == name).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, value), ct);
            }
        }

        RecordPostedVouchers();
        _db.ImportBatches.Add(new ImportBatchRecord
        {
            Id = _batchId,
            Kind = batch?.Kind ?? "posting",
            FileName = batch?.FileName ?? string.Empty,
            Sha256 = batch?.Sha256 ?? string.Empty,
            Rows = batch?.Rows ?? _voucherCount,
            Stored = batch?.Stored ?? _voucherCount,
            Skipped = batch?.Skipped ?? 0,
            ImportedBy = batch?.By ?? "system",
            ImportedAt = batch?.At ?? _clock.GetUtcNow(),
        });
        await _db.SaveChangesAsync(ct);
        if (_ownsTransaction)
        {
            await _tx.CommitAsync(ct);
        }

        KeepJoinedNumbers();
        _done = true;
    }

    /// <summary>Vouchers posted per unit and year not yet covered: one "post" event per chunk of their digests (see VoucherDigest), in that unit-year's chain.</summary>
    private void RecordPostedVouchers()
    {
        foreach (var (chain, covered) in _digests.OrderBy(d => d.Key.Unit, StringComparer.Ordinal).ThenBy(d => d.Key.Year))
        {
            if (covered.Count > 0)
            {
                RecordCovered(chain, covered);
            }
        }

        _digests.Clear();
    }

    /// <summary>Queues the post event covering <paramref name="covered"/> (written with the next save of the session's context) and empties the list.</summary>
    private void RecordCovered((string Unit, int Year) chain, List<(string Number, string Digest)> covered)
    {
        var part = _coveredParts.GetValueOrDefault(chain) + 1;
        _coveredParts[chain] = part;
        _db.RecordAudit(new Persistence.Audit.PendingAuditEvent(Persistence.Audit.AuditTrailFormat.PostKind, "vouchers",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_batchId}/{part}"), null,
            Persistence.Audit.AuditTrailFormat.Covered(_batchId, covered), chain.Unit, chain.Year));
        covered.Clear();
    }

    private async Task ExecuteManyAsync(string sql, string[] names, IEnumerable<object[]> rows, CancellationToken ct)
    {
        await using var cmd = _connection.CreateCommand();
        cmd.Transaction = _dbTx;
        cmd.CommandText = sql;
        foreach (var name in names)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            cmd.Parameters.Add(p);
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                cmd.Parameters[i].Value = row[i];
            }

            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Prepared insert statements belong to this session even when the transaction does not.
        await _vouchers.DisposeAsync();
        await _lines.DisposeAsync();
        if (!_ownsTransaction)
        {
            // The owner commits or rolls back its transaction and disposes its context.
            _done = true;
            return;
        }

        if (!_done)
        {
            await _tx.RollbackAsync();
            _done = true;
        }

        await _tx.DisposeAsync();
        await _db.DisposeAsync();
    }
}

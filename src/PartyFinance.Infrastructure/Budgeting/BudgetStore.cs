using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Reference;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;
using PartyFinance.Infrastructure.Budgeting.Records;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// EF Core store of budgets and spending. One instance serves one caller at a time (one CLI
/// command, one web request, one test task). Outside a unit of work every call uses a short-lived
/// context; inside <see cref="InLockedLinesAsync{T}"/> every call — and <see cref="LedgerVoucherPoster"/> —
/// uses the unit's context and transaction, so all of it commits or none of it does.
/// </summary>
public sealed partial class BudgetStore(DatabaseTarget target, EstimateControl estimates) : IBudgetStore
{
    /// <summary>How lines read the books, and the accounts left out of a voucher's amount.</summary>
    internal EstimateControl Estimates => estimates;

    private PartyFinanceDbContext? _db;
    private IDbContextTransaction? _tx;

    internal DatabaseTarget Target => target;

    /// <summary>The open unit of work, for the voucher poster; null outside one.</summary>
    internal (PartyFinanceDbContext Db, IDbContextTransaction Tx)? UnitOfWork => _db is not null && _tx is not null ? (_db, _tx) : null;

    /// <summary>
    /// Runs <paramref name="work"/> with the lines locked. Two callers creating the same new line
    /// cannot lock a row that does not exist yet; the second insert then hits the unique line key,
    /// and the whole unit of work is run again (it then finds and locks the line the first one
    /// created), so the caller sees an ordinary answer, never a database error.
    /// </summary>
    public async Task<Result<T>> InLockedLinesAsync<T>(IReadOnlyCollection<BudgetLineKey> keys, Func<LockedLines, Task<Result<T>>> work, CancellationToken ct)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InLockedLinesOnceAsync(keys, work, ct);
            }
            catch (Exception e) when (attempt < attempts && UniqueViolation.Is(e))
            {
                // Lost the race to create a line: run again, now with that line locked.
            }
        }
    }

    private async Task<Result<T>> InLockedLinesOnceAsync<T>(IReadOnlyCollection<BudgetLineKey> keys, Func<LockedLines, Task<Result<T>>> work, CancellationToken ct)
    {
        if (_db is not null)
        {
            throw new InvalidOperationException("A budget unit of work is already open on this store.");
        }

        await using var db = target.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        (_db, _tx) = (db, tx);
        try
        {
            // A fixed lock order (sorted keys) means two units of work never wait on each other in a cycle.
            var loaded = new List<LoadedLine>();
            foreach (var key in keys.Distinct().OrderBy(SortKey, StringComparer.Ordinal))
            {
                var record = (await db.BudgetLines.FromSqlRaw(target.BudgetLineLockSql, KeyParameters(key)).AsNoTracking().ToListAsync(ct)).SingleOrDefault();
                if (record is not null)
                {
                    loaded.Add((await LoadAsync(db, [record], ct))[0]);
                }
            }

            // Lines the books know of without a budget record are created with the work (they were imported as vouchers).
            var fromBooks = new List<BudgetLine>();
            foreach (var key in keys.Distinct().Where(k => loaded.All(l => l.Line.Key != k)))
            {
                if (await FromBooksAsync(db, key, ct) is { } line)
                {
                    fromBooks.Add(line);
                }
            }

            var locked = new LockedLines(keys, loaded.Select(l => l.Line));
            foreach (var line in fromBooks)
            {
                locked.Add(line);
            }
            var result = await work(locked);
            if (result.IsFailure)
            {
                await tx.RollbackAsync(ct);
                return result;
            }

            foreach (var line in loaded)
            {
                await UpdateAsync(db, line, ct);
            }

            foreach (var line in locked.Added)
            {
                await InsertAsync(db, line, ct);
            }

            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            (_db, _tx) = (null, null);
        }
    }

    public Task<BudgetLine?> FindLineAsync(BudgetLineKey key, CancellationToken ct) => WithSnapshotAsync(async db =>
    {
        var record = await LineQuery(db, key).FirstOrDefaultAsync(ct);
        return record is null ? await FromBooksAsync(db, key, ct) : (await LoadAsync(db, [record], ct))[0].Line;
    });

    public Task<IReadOnlyList<EstimateBalance>> BooksAsync(BudgetLineKey key, CancellationToken ct) => WithDbAsync(db => BooksAsync(db, [key], ct));

    public Task<IReadOnlyList<BudgetLine>> LinesAsync(string unit, int year, CancellationToken ct) => WithSnapshotAsync(async db =>
    {
        var records = await db.BudgetLines.Where(l => l.UnitCode == unit && l.Year == year).ToListAsync(ct);
        var lines = (await LoadAsync(db, records, ct)).Select(l => l.Line).ToList();
        var known = lines.Select(l => l.Key).ToHashSet();
        var books = await EstimateBalanceReader.ReadUnitAsync(db, unit, year, year + 1, ct);
        var modes = await db.BudgetControlModes.Where(c => c.Year == year).ToDictionaryAsync(c => c.FundSource, c => c.Mode, ct);
        foreach (var (key, figures) in Estimates.Attribution.ByLine(books, known).Where(b => b.Key.Year == year && !known.Contains(b.Key)).OrderBy(b => SortKey(b.Key), StringComparer.Ordinal))
        {
            lines.Add(BudgetLine.Restore(key, modes.GetValueOrDefault(key.FundSource, ControlMode.Stop), [], [], figures));
        }

        return (IReadOnlyList<BudgetLine>)lines;
    });

    public Task<ControlModeSetting?> FindControlModeAsync(string fundSource, int year, CancellationToken ct) => WithDbAsync(async db =>
    {
        var r = await db.BudgetControlModes.FirstOrDefaultAsync(c => c.FundSource == fundSource && c.Year == year, ct);
        return r is null ? null : ControlModeSetting.Restore(r.FundSource, r.Year, r.Mode, r.IsFixed);
    });

    public Task SaveControlModeAsync(ControlModeSetting setting, CancellationToken ct) => WithDbAsync(async db =>
    {
        var record = new ControlModeRecord { FundSource = setting.FundSource, Year = setting.Year, Mode = setting.Mode, IsFixed = setting.IsFixed };
        if (await db.BudgetControlModes.AnyAsync(c => c.FundSource == setting.FundSource && c.Year == setting.Year, ct))
        {
            db.BudgetControlModes.Update(record);
        }
        else
        {
            db.BudgetControlModes.Add(record);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    });

    public Task<bool> UnitExistsAsync(string unit, CancellationToken ct) => WithDbAsync(db => db.Units.AnyAsync(u => u.Code == unit, ct));

    public Task<DateOnly?> UnitEndAsync(string unit, CancellationToken ct) =>
        WithDbAsync(db => db.Units.Where(u => u.Code == unit).Select(u => u.ValidTo).FirstOrDefaultAsync(ct));

    public Task<UnclassifiedPart> UnclassifiedAsync(BudgetLineKey key, DateOnly on, CancellationToken ct) => WithDbAsync(async db =>
    {
        if (!await db.FundSources.AnyAsync(f => f.Code == key.FundSource && f.ValidFrom <= on && (f.ValidTo == null || on <= f.ValidTo), ct))
        {
            return UnclassifiedPart.FundSource;
        }

        var codes = db.BudgetCodes.Where(c => c.ValidFrom <= on && (c.ValidTo == null || on <= c.ValidTo));
        var dash = key.Sector.IndexOf('-', StringComparison.Ordinal);
        var group = dash > 0 ? key.Sector[..dash] : null;
        var sector = dash > 0 ? key.Sector[(dash + 1)..] : null;
        if (group is null || !await codes.AnyAsync(c => c.Kind == BudgetCode.Sector && c.Code == sector && c.ParentCode == group
                && codes.Any(g => g.Kind == BudgetCode.SectorGroup && g.Code == group), ct))
        {
            return UnclassifiedPart.Sector;
        }

        return await codes.AnyAsync(c => (c.Kind == BudgetCode.Item || c.Kind == BudgetCode.SubItem) && c.Code == key.BudgetItem, ct)
            ? UnclassifiedPart.None
            : UnclassifiedPart.BudgetItem;
    });

    public Task<long> NextRequestIdAsync(CancellationToken ct) => WithDbAsync(db => NextAsync(db, BudgetCounters.Request, ct));

    public Task<long> NextPlanIdAsync(CancellationToken ct) => WithDbAsync(db => NextAsync(db, BudgetCounters.Plan, ct));

    /// <summary>
    /// A read of lines outside a unit of work, all its statements in one snapshot: a line's counters, its movements and
    /// its commitments are separate queries, and an approval committing between them would make them disagree (the load
    /// then refuses the line). SQLite: a deferred (read) transaction; PostgreSQL: repeatable read. Inside a unit of work the
    /// line lock already holds them still.
    /// </summary>
    private async Task<T> WithSnapshotAsync<T>(Func<PartyFinanceDbContext, Task<T>> read)
    {
        if (_db is not null)
        {
            return await read(_db);
        }

        await using var db = target.CreateContext();
        await db.Database.OpenConnectionAsync();
        // SQLite: a deferred transaction reads one snapshot without taking the write lock; PostgreSQL and SQL Server: repeatable read.
        await using var tx = target.Provider == DatabaseProvider.Sqlite
            ? await db.Database.UseTransactionAsync(((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true))
            : await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var result = await read(db);
        await tx!.CommitAsync();
        return result;
    }

    /// <summary>Runs on the unit of work's context when one is open, else on a short-lived one.</summary>
    private async Task<T> WithDbAsync<T>(Func<PartyFinanceDbContext, Task<T>> action)
    {
        if (_db is not null)
        {
            return await action(_db);
        }

        await using var db = target.CreateContext();
        return await action(db);
    }

    private static IQueryable<BudgetLineRecord> LineQuery(PartyFinanceDbContext db, BudgetLineKey k)
    {
        return db.BudgetLines.Where(l => l.UnitCode == k.Unit && l.Year == k.Year && l.FundSource == k.FundSource && l.Autonomy == k.Autonomy
            && l.Sector == k.Sector && l.BudgetItem == k.BudgetItem && l.CarriedOver == k.CarriedOver);
    }

    private static object[] KeyParameters(BudgetLineKey k) => [k.Unit, k.Year, k.FundSource, AutonomyCodes.Table.Stored(k.Autonomy), k.Sector, k.BudgetItem, k.CarriedOver];

    private static string SortKey(BudgetLineKey k) => string.Join('\u001f', k.Unit, k.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        k.FundSource, k.Autonomy.Code(), k.Sector, k.BudgetItem, k.CarriedOver ? "1" : "0");

    /// <summary>
    /// Takes the next value of the budget counter {0}: UPDATE … RETURNING (SQLite ≥ 3.35, PostgreSQL), UPDATE … OUTPUT (SQL Server),
    /// atomic under concurrent callers.
    /// </summary>
    public static string NextCounterSql(bool sqlServer) => sqlServer
        ? Persistence.SqlServer.SqlServerOptions.NextCounterSql("budget_counters")
        : "UPDATE budget_counters SET value = value + 1 WHERE name = {0} RETURNING value AS \"Value\"";

    private static async Task<long> NextAsync(PartyFinanceDbContext db, string counter, CancellationToken ct)
    {
        var values = await db.Database.SqlQueryRaw<long>(NextCounterSql(db.Database.IsSqlServer()), counter)
            .ToListAsync(ct);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException($"Budget counter '{counter}' is missing: run db init.");
    }
}

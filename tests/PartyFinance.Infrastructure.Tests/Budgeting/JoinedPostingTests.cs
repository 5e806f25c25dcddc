using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Budgeting;

/// <summary>
/// Vouchers posted one after another inside one budget unit of work (the year-end close of a group of lines): each joined
/// ledger session continues the numbers of the one before it, and the reference is read once for the transaction.
/// </summary>
public sealed class JoinedPostingTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public Task VouchersOfOneUnitOfWork_AreNumberedOnFromEachOther_OnSqlite() => NumberedOn(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task VouchersOfOneUnitOfWork_AreNumberedOnFromEachOther_OnPostgres() => NumberedOn(DatabaseProvider.Postgres);

    [Fact]
    public async Task VouchersOfOneUnitOfWork_ReadTheReferenceOnce_AndAPeriodLockedInItIsSeen()
    {
        string? file = null;
        var reads = 0;
        using var listening = EfEvents.Listen(data =>
        {
            // The whole path: every test database is a books.db, and other tests run beside this one.
            if (data is CommandExecutedEventData c && file is not null && string.Equals(Path.GetFullPath(c.Context?.Database.GetDbConnection().DataSource ?? "."), file, StringComparison.Ordinal)
                && c.Command.CommandText.Contains("FROM \"accounts\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref reads);
            }
        });

        await using var w = await BudgetWorld.CreateAsync(DatabaseProvider.Sqlite);
        file = Path.GetFullPath(new SqliteConnectionStringBuilder(w.Db.Target.ConnectionString).DataSource);
        var store = w.Store();
        var poster = new LedgerVoucherPoster(store, w.Clock);
        var outcome = await store.InLockedLinesAsync<string>([], async _ =>
        {
            foreach (var key in new[] { "a", "b", "c" })
            {
                var posted = await poster.PostAsync(Draft(key, new DateOnly(2026, 3, 2)), "ketoan", Ct);
                if (posted.IsFailure)
                {
                    return Result.Failure<string>(posted.Errors);
                }
            }

            return Result.Success("ok");
        }, Ct);

        Assert.True(outcome.IsSuccess, outcome.IsFailure ? outcome.FirstError.Describe() : null);
        Assert.Equal(1, Volatile.Read(ref reads));

        // A period locked by a session of the same transaction is seen by the next one: the reference is read again.
        outcome = await store.InLockedLinesAsync<string>([], async _ =>
        {
            var (db, tx) = store.UnitOfWork!.Value;
            await using (var session = await LedgerSession.JoinAsync(db, tx, w.Db.Target, w.Clock, Ct))
            {
                var period = await session.LoadPeriodAsync(BudgetWorld.Unit, 2026, 4, Ct);
                var locked = period.Lock("ketoantruong", w.Clock.GetUtcNow());
                Assert.True(locked.IsSuccess);
                await session.AppendPeriodEventAsync(period, locked.Value, Ct);
                await session.CommitAsync(null, Ct);
            }

            return await poster.PostAsync(Draft("d", new DateOnly(2026, 4, 2)), "ketoan", Ct);
        }, Ct);

        Assert.True(outcome.IsFailure);
        Assert.Equal(LedgerErrors.PeriodLocked, outcome.FirstError.Code);
    }

    [Fact]
    public async Task ACommitThatFailsPartWay_LeavesTheNextJoinedSessionToReadTheNumbersAgain()
    {
        await using var w = await BudgetWorld.CreateAsync(DatabaseProvider.Sqlite);
        var store = w.Store();
        var poster = new LedgerVoucherPoster(store, w.Clock);
        var outcome = await store.InLockedLinesAsync<string>([], async _ =>
        {
            var (db, tx) = store.UnitOfWork!.Value;
            await using (var session = await LedgerSession.JoinAsync(db, tx, w.Db.Target, w.Clock, Ct))
            {
                Assert.True((await session.PostOnceAsync(Draft("a", new DateOnly(2026, 3, 2)), "ketoan", w.Clock.GetUtcNow(), new HashSet<string>(), Ct)).IsSuccess);
                // A row the save at the end of the commit refuses (the batch counter exists): the voucher and its number are
                // written before it, and the save rolls back only to its own savepoint.
                db.Counters.Add(new Persistence.Records.CounterRecord { Name = Counters.Batch, Value = 1 });
                await Assert.ThrowsAnyAsync<DbUpdateException>(() => session.CommitAsync(null, Ct));
                db.ChangeTracker.Clear();
            }

            return await poster.PostAsync(Draft("b", new DateOnly(2026, 3, 2)), "ketoan", Ct);
        }, Ct);

        Assert.True(outcome.IsSuccess, outcome.IsFailure ? outcome.FirstError.Describe() : null);
        Assert.Equal("VPTU/PC/2026/000002", outcome.Value);
    }

    private static async Task NumberedOn(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        var store = w.Store();
        var poster = new LedgerVoucherPoster(store, w.Clock);
        Assert.True((await store.InLockedLinesAsync([], _ => poster.PostAsync(Draft("before", new DateOnly(2026, 3, 1)), "ketoan", Ct), Ct)).IsSuccess);

        var outcome = await store.InLockedLinesAsync<string[]>([], async _ =>
        {
            var numbers = new List<string>();
            foreach (var key in new[] { "a", "b", "a", "c" })
            {
                // "a" again: posted already in this transaction, its number comes back and nothing is drawn.
                var posted = await poster.PostAsync(Draft(key, new DateOnly(2026, 3, 2)), "ketoan", Ct);
                if (posted.IsFailure)
                {
                    return Result.Failure<string[]>(posted.Errors);
                }

                numbers.Add(posted.Value);
            }

            return Result.Success(numbers.ToArray());
        }, Ct);

        Assert.True(outcome.IsSuccess, outcome.IsFailure ? outcome.FirstError.Describe() : null);
        Assert.Equal(["VPTU/PC/2026/000002", "VPTU/PC/2026/000003", "VPTU/PC/2026/000002", "VPTU/PC/2026/000004"], outcome.Value);

        // The numbers were stored with the transaction: the next one goes on from them.
        var next = await store.InLockedLinesAsync([], _ => poster.PostAsync(Draft("after", new DateOnly(2026, 3, 3)), "ketoan", Ct), Ct);
        Assert.Equal("VPTU/PC/2026/000005", next.Value);
    }

    private static VoucherDraft Draft(string key, DateOnly date) =>
        new("joined-" + key, date, BudgetWorld.Unit, "PC", "Chi thử", [new PostingDraft("1111", 0, 10), new PostingDraft("3371", 10, 0)]);
}

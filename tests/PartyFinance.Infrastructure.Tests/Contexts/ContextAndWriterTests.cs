using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Common;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Contexts;

/// <summary>
/// How contexts and SQLite write transactions of one process behave: writers queue for the file in the order they came
/// (SQLite itself only lets them poll), a transaction left unfinished lets the next writer in, and a context rented from
/// the pool never carries who acted before.
/// </summary>
public sealed class ContextAndWriterTests
{
    /// <summary>Five writers come one after another while a sixth holds the lock; they get it in the order they came.</summary>
    [Fact]
    public async Task WritersOfOneProcess_GetTheLock_InTheOrderTheyCame()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var holder = db.Target.CreateContext();
        var held = await holder.Database.BeginTransactionAsync();
        var order = new List<int>();
        var writers = new List<Task>();
        for (var i = 1; i <= 5; i++)
        {
            var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var target = db.Target with { Wait = new DatabaseWait(TimeSpan.FromSeconds(60), _ => waiting.TrySetResult()) };
            var n = i;
            writers.Add(Task.Run(async () =>
            {
                await using var context = target.CreateContext();
                await using var tx = await context.Database.BeginTransactionAsync();
                lock (order)
                {
                    order.Add(n);
                }

                await tx.CommitAsync();
            }));
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        await held.CommitAsync();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([1, 2, 3, 4, 5], order);
    }

    /// <summary>A transaction disposed with neither commit nor rollback (an exception on the way) holds nothing afterwards.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ATransactionLeftUnfinished_LetsTheNextWriterIn_WithoutWaiting(bool disposeContextOnly)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var first = db.Target.CreateContext())
        {
            var tx = await first.Database.BeginTransactionAsync();
            if (!disposeContextOnly)
            {
                await tx.DisposeAsync();
            }
        }

        var waited = false;
        var next = db.Target with { Wait = new DatabaseWait(TimeSpan.FromSeconds(60), _ => waited = true) };
        await using var second = next.CreateContext();
        await using var again = await second.Database.BeginTransactionAsync();
        await again.CommitAsync();

        Assert.False(waited, "the next writer waited for a transaction that had ended");
    }

    /// <summary>Two users save one after another through contexts of one pool: each change is recorded as its own user's.</summary>
    [Fact]
    public async Task AContextFromThePool_RecordsTheUserNowActing_NotTheOneBefore()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        foreach (var (actor, login) in new[] { ("admin.a", "lan"), ("admin.b", "minh") })
        {
            var store = new AuthorityStore(db.Target with { Audit = new AuditContext(actor) });
            await store.SaveUserAsync(Authority.AuthorityFixtures.Person(login, login, Domain.Authority.Role.Accountant, Domain.Authority.RoleScope.Unit("BTC")), CancellationToken.None);
        }

        await using var read = db.Target.CreateContext();
        var users = await read.AuditEvents.Where(e => e.TableName == "users").OrderBy(e => e.Id).Select(e => new { e.Actor, e.EntityKey }).ToListAsync();

        Assert.Equal([("admin.a", "lan"), ("admin.b", "minh")], users.Select(u => (u.Actor, u.EntityKey)));
    }

    /// <summary>A unit of work that saves twice in one transaction continues the chain it started (heads read once), and verifies.</summary>
    [Fact]
    public async Task TwoSavesInOneTransaction_ContinueOneChain_AndARolledBackOneLeavesNoTrace()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var actor = db.Target with { Audit = new AuditContext("admin") };
        await using (var rolledBack = actor.CreateContext())
        {
            await using var tx = await rolledBack.Database.BeginTransactionAsync();
            rolledBack.Add(new Infrastructure.Authority.Records.UserRecord { Login = "x", Name = "x" });
            await rolledBack.SaveChangesAsync();
            await tx.RollbackAsync();

            // The same context, a new transaction: the rolled-back heads are not used.
            await using var tx2 = await rolledBack.Database.BeginTransactionAsync();
            rolledBack.ChangeTracker.Clear();
            rolledBack.Add(new Infrastructure.Authority.Records.UserRecord { Login = "a", Name = "a" });
            await rolledBack.SaveChangesAsync();
            rolledBack.Add(new Infrastructure.Authority.Records.UserRecord { Login = "b", Name = "b" });
            await rolledBack.SaveChangesAsync();
            await tx2.CommitAsync();
        }

        await using var read = db.Target.CreateContext();
        var rows = await read.AuditEvents.Where(e => e.TableName == "users").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["a", "b"], rows.Select(r => r.EntityKey));
        Assert.Equal(rows[0].Seq + 1, rows[1].Seq);
        Assert.Equal(rows[0].Hash, rows[1].PrevHash);
        var verified = await new Infrastructure.Persistence.Audit.AuditTrail(db.Target).VerifyAsync(null, null, CancellationToken.None);
        Assert.Empty(verified.Problems);
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyFinance.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Write transactions of one process queue for a database file here, in order, before they ask SQLite for its
/// write lock. SQLite lets a waiting writer only poll: its busy handler sleeps (up to 100 ms a time) and tries
/// again, so with many writers of one process the lock mostly stood free while they slept — 50 web users
/// approving at once got 10 approvals a second with the processor idle. Behind this gate the next writer starts
/// the moment the last one commits. Writers of other processes still meet at SQLite's lock with busy_timeout;
/// a writer that cannot pass the gate within the wait limit goes on to SQLite, which then answers busy as before.
/// Deferred (read) transactions do not pass here: they never take the write lock.
/// </summary>
internal sealed class SqliteWriteGate(string file, DatabaseWait wait) : DbTransactionInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The connections that passed the gate and have not yet ended their transaction.</summary>
    private static readonly ConditionalWeakTable<DbConnection, SemaphoreSlim> Holders = [];

    private readonly SemaphoreSlim _gate = Gates.GetOrAdd(file, _ => new SemaphoreSlim(1, 1));

    /// <summary>Lets the gate go when a connection closes with its transaction never ended (disposed unfinished).</summary>
    public IInterceptor Closing => new ClosingRelease();

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!_gate.Wait(0))
        {
            wait.Started();
            if (!_gate.Wait(wait.Limit))
            {
                return result;
            }
        }

        Holders.AddOrUpdate(connection, _gate);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!_gate.Wait(0))
        {
            wait.Started();
            if (!await _gate.WaitAsync(wait.Limit, cancellationToken))
            {
                return result;
            }
        }

        Holders.AddOrUpdate(connection, _gate);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context?.Database.GetDbConnection());

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context?.Database.GetDbConnection());

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context?.Database.GetDbConnection());
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ReleaseIfEnded(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ReleaseIfEnded(eventData);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A transaction whose commit or rollback failed is over (SQLite rolls back what it cannot commit); a savepoint's failure
    /// leaves it open. One that failed to begin raises no event: its connection lets the gate go when it closes.
    /// </summary>
    private static void ReleaseIfEnded(TransactionErrorEventData eventData)
    {
        if (eventData.Action is "Commit" or "Rollback")
        {
            Release(eventData.Context?.Database.GetDbConnection());
        }
    }

    private static void Release(DbConnection? connection)
    {
        if (connection is not null && Holders.TryGetValue(connection, out var gate) && Holders.Remove(connection))
        {
            gate.Release();
        }
    }

    private sealed class ClosingRelease : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Release(connection);
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            Release(connection);
            return ValueTask.FromResult(result);
        }
    }
}

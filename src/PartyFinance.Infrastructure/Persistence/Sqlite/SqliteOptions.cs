using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyFinance.Infrastructure.Persistence.Sqlite;

/// <summary>SQLite settings: WAL journal, NORMAL sync, a generous page cache and a busy timeout for concurrent writers.</summary>
public static class SqliteOptions
{
    /// <summary>BEGIN IMMEDIATE (the default of Microsoft.Data.Sqlite transactions) already holds the write lock.</summary>
    public const string PostingLockSql = "SELECT value FROM counters WHERE name = 'posting-lock'";

    /// <summary>Audit writers need no lock of their own: every SQLite transaction here is BEGIN IMMEDIATE, holding the write lock.</summary>
    public const string? AuditLockSql = null;

    /// <summary>Reads one budget line; the BEGIN IMMEDIATE transaction around it already excludes every other writer.</summary>
    public const string BudgetLineLockSql = "SELECT * FROM budget_lines WHERE unit_code = {0} AND year = {1} AND fund_source = {2} AND autonomy = {3} AND sector = {4} AND budget_item = {5} AND carried_over = {6}";

    /// <summary>A new connection (not opened); never inlined, so that code choosing among the providers loads only the one it uses.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static DbConnection NewConnection(string connectionString) => new SqliteConnection(connectionString);

    /// <summary>The native handle of an open SQLite connection, for a read through SQLite's own statements (the ledger books of a report).</summary>
    public static SQLitePCL.sqlite3 Handle(DbConnection connection) =>
        (connection as SqliteConnection)?.Handle ?? throw new InvalidOperationException("The connection is not an open SQLite connection.");

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), DefaultTimeout = 60, Pooling = true }.ToString();

    /// <summary>
    /// The options for a file and a wait limit. Who is told of a wait is the context's own listener
    /// (<see cref="PartyFinanceDbContext.Wait"/>), so contexts of one file and limit share these options and their pool.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString, TimeSpan limit)
    {
        // The driver's own retry on a busy database stops where our wait does.
        var limited = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = Math.Max(1, (int)Math.Ceiling(limit.TotalSeconds)) }.ToString();
        var gate = new WriteGate(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), limit);
        builder.UseSqlite(limited).AddInterceptors(new PragmaInterceptor(limit), gate, gate.Closing, new WaitAnnouncer(limit));
        return KillSwitch.FromEnvironment() is { } kill ? builder.AddInterceptors(kill) : builder;
    }

    /// <summary>SQLite's answer when another connection holds the lock past the wait (SQLITE_BUSY, SQLITE_LOCKED).</summary>
    public static bool IsBusy(Exception e) => e is SqliteException { SqliteErrorCode: 5 or 6 };

    /// <summary>Tells the context's listener that its write waits for another writer (once per run, see <see cref="DatabaseWait.Started"/>).</summary>
    private static void Told(DbContext? context) => (context as PartyFinanceDbContext)?.Wait.Started();

    /// <summary>
    /// Sets the connection's pragmas once per SQLite connection: they belong to the native connection, which the driver's pool
    /// keeps open across EF Core's opens and closes (every query outside a transaction opens one), so running them at every
    /// open — about ten times per web approval — repeated what was already set. A native connection that has not had these
    /// very pragmas (a new one, or one opened by options of another wait limit) gets them.
    /// </summary>
    private sealed class PragmaInterceptor(TimeSpan limit) : DbConnectionInterceptor
    {
        private static readonly ConditionalWeakTable<object, string> Applied = [];

        private readonly string _pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout="
            + ((long)limit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (Set(connection))
            {
                return;
            }

            using var cmd = connection.CreateCommand();
            cmd.CommandText = _pragmas;
            cmd.ExecuteNonQuery();
            Remember(connection);
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (Set(connection))
            {
                return;
            }

            await using var cmd = connection.CreateCommand();
            cmd.CommandText = _pragmas;
            await cmd.ExecuteNonQueryAsync(cancellationToken);
            Remember(connection);
        }

        private bool Set(DbConnection connection) =>
            connection is SqliteConnection { Handle: { } native } && Applied.TryGetValue(native, out var done) && string.Equals(done, _pragmas, StringComparison.Ordinal);

        private void Remember(DbConnection connection)
        {
            if (connection is SqliteConnection { Handle: { } native })
            {
                Applied.AddOrUpdate(native, _pragmas);
            }
        }
    }

    /// <summary>
    /// Before a write transaction waits for the lock another writer holds, say so: a probe with no
    /// timeout finds the lock taken and tells the <see cref="DatabaseWait"/> listener once; the
    /// transaction then waits up to the limit (busy_timeout) as usual, never in silence.
    /// </summary>
    private sealed class WaitAnnouncer(TimeSpan limit) : DbTransactionInterceptor
    {
        private readonly string _restore = "PRAGMA busy_timeout=" + ((long)limit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";

        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            Probe(connection, eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            Probe(connection, eventData.Context);
            return ValueTask.FromResult(result);
        }

        private void Probe(DbConnection connection, DbContext? context)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandTimeout = 1;
            try
            {
                // One statement per command: a PRAGMA that answers a row would end a batch early.
                foreach (var sql in new[] { "PRAGMA busy_timeout=0", "BEGIN IMMEDIATE", "ROLLBACK" })
                {
                    cmd.CommandText = sql;
                    cmd.ExecuteNonQuery();
                }
            }
            catch (SqliteException e) when (IsBusy(e))
            {
                Told(context);
            }
            finally
            {
                cmd.CommandText = _restore;
                cmd.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Write transactions of one process queue for a database file here, in order, before they ask SQLite for its
    /// write lock. SQLite lets a waiting writer only poll: its busy handler sleeps (up to 100 ms a time) and tries
    /// again, so with many writers of one process the lock mostly stood free while they slept — 50 web users
    /// approving at once got 10 approvals a second with the processor idle. Behind this gate the next writer starts
    /// the moment the last one commits. Writers of other processes still meet at SQLite's lock with busy_timeout;
    /// a writer that cannot pass the gate within the wait limit goes on to SQLite, which then answers busy as before.
    /// Deferred (read) transactions do not pass here: they never take the write lock.
    /// </summary>
    private sealed class WriteGate(string file, TimeSpan limit) : DbTransactionInterceptor
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
                Told(eventData.Context);
                if (!_gate.Wait(limit))
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
                Told(eventData.Context);
                if (!await _gate.WaitAsync(limit, cancellationToken))
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
}

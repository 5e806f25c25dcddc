using System.Data.Common;
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

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), DefaultTimeout = 60, Pooling = true }.ToString();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString, DatabaseWait wait)
    {
        // The driver's own retry on a busy database stops where our wait does.
        var limited = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = Math.Max(1, (int)Math.Ceiling(wait.Limit.TotalSeconds)) }.ToString();
        var gate = new SqliteWriteGate(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), wait);
        builder.UseSqlite(limited).AddInterceptors(new PragmaInterceptor(wait), gate, gate.Closing, new WaitAnnouncer(wait));
        return KillSwitch.FromEnvironment() is { } kill ? builder.AddInterceptors(kill) : builder;
    }

    /// <summary>SQLite's answer when another connection holds the lock past the wait (SQLITE_BUSY, SQLITE_LOCKED).</summary>
    public static bool IsBusy(Exception e) => e is SqliteException { SqliteErrorCode: 5 or 6 };

    private sealed class PragmaInterceptor(DatabaseWait wait) : DbConnectionInterceptor
    {
        private string Pragmas => "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout="
            + ((long)wait.Limit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = Pragmas;
            cmd.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Pragmas;
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Before a write transaction waits for the lock another writer holds, say so: a probe with no
    /// timeout finds the lock taken and tells the <see cref="DatabaseWait"/> listener once; the
    /// transaction then waits up to the limit (busy_timeout) as usual, never in silence.
    /// </summary>
    private sealed class WaitAnnouncer(DatabaseWait wait) : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            Probe(connection);
            return result;
        }

        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
            InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            Probe(connection);
            return ValueTask.FromResult(result);
        }

        private void Probe(DbConnection connection)
        {
            var limit = ((long)wait.Limit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
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
                wait.Started();
            }
            finally
            {
                cmd.CommandText = "PRAGMA busy_timeout=" + limit + ";";
                cmd.ExecuteNonQuery();
            }
        }
    }
}

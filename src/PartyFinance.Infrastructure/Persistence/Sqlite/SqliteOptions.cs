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

    /// <summary>Reads one budget line; the BEGIN IMMEDIATE transaction around it already excludes every other writer.</summary>
    public const string BudgetLineLockSql = "SELECT * FROM budget_lines WHERE unit_code = {0} AND year = {1} AND fund_source = {2} AND autonomy = {3} AND sector = {4} AND budget_item = {5} AND carried_over = {6}";

    public static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), DefaultTimeout = 60, Pooling = true }.ToString();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString).AddInterceptors(new PragmaInterceptor());

    private sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA busy_timeout=60000;";

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
}

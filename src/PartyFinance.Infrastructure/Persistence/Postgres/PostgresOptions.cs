using Microsoft.EntityFrameworkCore;

namespace PartyFinance.Infrastructure.Persistence.Postgres;

/// <summary>PostgreSQL settings and the row lock that serialises posting sessions (gapless numbers need one writer at a time).</summary>
public static class PostgresOptions
{
    /// <summary>A new connection (not opened); never inlined, so that code choosing among the providers loads only the one it uses.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static System.Data.Common.DbConnection NewConnection(string connectionString) => new Npgsql.NpgsqlConnection(connectionString);

    public const string PostingLockSql = "SELECT value FROM counters WHERE name = 'posting-lock' FOR UPDATE";

    /// <summary>Audit writers read the chain heads under the posting lock (the lock posting sessions already take first).</summary>
    public const string AuditLockSql = PostingLockSql;

    public const int BulkRowsPerStatement = 200;

    /// <summary>Locks one budget line row until the transaction ends (the enforced budget check).</summary>
    public const string BudgetLineLockSql = BudgetLineSelect + " FOR UPDATE";

    internal const string BudgetLineSelect = "SELECT * FROM budget_lines WHERE unit_code = {0} AND year = {1} AND fund_source = {2} AND autonomy = {3} AND sector = {4} AND budget_item = {5} AND carried_over = {6}";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.CommandTimeout(300));
}

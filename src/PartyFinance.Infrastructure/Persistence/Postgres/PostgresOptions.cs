using Microsoft.EntityFrameworkCore;

namespace PartyFinance.Infrastructure.Persistence.Postgres;

/// <summary>PostgreSQL settings and the row lock that serialises posting sessions (gapless numbers need one writer at a time).</summary>
public static class PostgresOptions
{
    public const string PostingLockSql = "SELECT value FROM counters WHERE name = 'posting-lock' FOR UPDATE";

    public const int BulkRowsPerStatement = 200;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.CommandTimeout(300));
}

using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>Whether a database failure is a unique or primary-key violation (someone else inserted the same key first).</summary>
internal static class UniqueViolation
{
    public static bool Is(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }

            if (SqlServer.SqlServerOptions.IsUniqueViolation(x))
            {
                return true;
            }

            // SQLITE_CONSTRAINT_PRIMARYKEY 1555, SQLITE_CONSTRAINT_UNIQUE 2067.
            if (x is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 })
            {
                return true;
            }
        }

        return false;
    }
}

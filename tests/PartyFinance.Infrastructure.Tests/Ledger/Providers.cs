using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Ledger;

/// <summary>
/// The databases every integration theory runs on: a SQLite file always; the PostgreSQL test server
/// whenever one is configured, and always in CI (where a missing server fails the run); the SQL Server
/// named by PARTYFINANCE_TEST_MSSQL when it is set (never in CI, where none runs).
/// </summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (TestDatabase.PostgresAdmin is not null || Environment.GetEnvironmentVariable("CI") == "true")
            {
                data.Add(DatabaseProvider.Postgres);
            }

            if (TestDatabase.SqlServerAdmin is not null)
            {
                data.Add(DatabaseProvider.SqlServer);
            }

            return data;
        }
    }
}

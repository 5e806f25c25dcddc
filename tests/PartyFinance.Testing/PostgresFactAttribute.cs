using Xunit;

namespace PartyFinance.Testing;

/// <summary>
/// A test against a real PostgreSQL server named by PARTYFINANCE_TEST_PG (`bash .ci/test` starts
/// one). Outside CI a missing server skips the test with a message; in CI (CI=true) it never skips.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(TestDatabase.PostgresAdmin) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "PostgreSQL không có: đặt PARTYFINANCE_TEST_PG hoặc chạy bash .ci/test";
        }
    }
}

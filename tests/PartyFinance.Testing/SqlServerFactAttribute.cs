using Xunit;

namespace PartyFinance.Testing;

/// <summary>
/// A test against a real SQL Server named by PARTYFINANCE_TEST_MSSQL. No SQL Server runs on this project's
/// machines, so without the variable the test is skipped everywhere, CI included (the offline SQL Server tests
/// in PartyFinance.Infrastructure.Tests/SqlServer always run).
/// </summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (TestDatabase.SqlServerAdmin is null)
        {
            Skip = "SQL Server không có: đặt PARTYFINANCE_TEST_MSSQL (xem README, SQL Server)";
        }
    }
}

using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.SqlServer;

namespace PartyFinance.Infrastructure.Tests.SqlServer;

/// <summary>--db / PARTYFINANCE_DB with a SQL Server connection string: told apart from PostgreSQL's and from a file, checked, shown without its password.</summary>
public sealed class SqlServerTargetTests
{
    [Fact]
    public void AServerConnectionString_IsSqlServer_WithSeveralReadersAllowed()
    {
        var target = DatabaseTarget.Parse(" Server=db.tinhuy.local,1433;Database=partyfinance;User Id=ketoan;Password=bí-mật;TrustServerCertificate=True ");
        Assert.Equal(DatabaseProvider.SqlServer, target.Provider);
        var cs = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(target.ConnectionString);
        Assert.Equal(("db.tinhuy.local,1433", "partyfinance", true), (cs.DataSource, cs.InitialCatalog, cs.MultipleActiveResultSets));
        Assert.DoesNotContain("bí-mật", target.Display, StringComparison.Ordinal);
        Assert.Contains("partyfinance", target.Display, StringComparison.Ordinal);
        Assert.Equal(DatabaseProvider.Postgres, DatabaseTarget.Parse("Host=localhost;Database=partyfinance").Provider);

        // What the target holds (SqlClient's spelling, Data Source=…) is read back as the same target: tests and the web application pass it on.
        var again = DatabaseTarget.Parse(target.ConnectionString);
        Assert.Equal((DatabaseProvider.SqlServer, target.ConnectionString), (again.Provider, again.ConnectionString));
        Assert.Equal(DatabaseProvider.Sqlite, DatabaseTarget.Parse("Server.db").Provider);
    }

    [Fact]
    public void MultipleActiveResultSets_TheUserTurnedOff_StaysOff()
    {
        var target = DatabaseTarget.Parse("Server=.;Database=partyfinance;MultipleActiveResultSets=False");
        Assert.False(new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(target.ConnectionString).MultipleActiveResultSets);
    }

    [Theory]
    [InlineData("Server=db;Chìa=khóa;Database=x")]
    [InlineData("Server=db;Database=x;Connect Timeout=năm")]
    [InlineData("Server=db;User Id=ketoan")]
    [InlineData("Server=;Database=partyfinance")]
    public void AMalformedServerConnectionString_IsRefusedInVietnamese(string value)
    {
        var e = Assert.Throws<ArgumentException>(() => DatabaseTarget.Parse(value));
        Assert.StartsWith("Chuỗi kết nối SQL Server không hợp lệ; dạng đúng: Server=", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASqlServerTarget_UsesTheSqlServerProvider_AndOurDdlGenerator()
    {
        using var db = DatabaseTarget.Parse(SqlServerScript.OfflineConnection).CreateContext();
        Assert.True(db.Database.IsSqlServer());
        Assert.IsType<SqlServerSchemaGenerator>(Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsSqlGenerator>(db));
    }
}

using System.Reflection;
using PartyFinance.Infrastructure.Persistence.Postgres;
using PartyFinance.Infrastructure.Persistence.Sqlite;
using PartyFinance.Infrastructure.Persistence.SqlServer;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.SqlServer;

/// <summary>
/// Every place where the other providers issue SQL of their own dialect, listed, with the SQL Server branch
/// that stands beside it. A new dialect site that is not listed here fails the scan, so SQL Server cannot be
/// forgotten when a query learns a SQLite or PostgreSQL turn of phrase.
/// </summary>
public sealed class RawSqlSitesTests
{
    /// <summary>What only SQLite or PostgreSQL read (in a string literal, not a comment).</summary>
    private static readonly string[] DialectMarkers =
        ["ON CONFLICT", "RETURNING", "FOR UPDATE", "strftime", "substr(", "EXTRACT(", "PRAGMA", "BEGIN IMMEDIATE", "RAISE(", "plpgsql", "Contains(\"Npgsql\"", "SqliteConnection", "NpgsqlConnection"];

    /// <summary>Each site (file under src/PartyFinance.Infrastructure, marker) and what in that file handles SQL Server.</summary>
    public static TheoryData<string, string, string> Sites => new()
    {
        { "Ledger/LedgerSession.Commit.cs", "ON CONFLICT", "SqlServerOptions.BalanceUpsert" },
        { "Ledger/LedgerSession.Commit.cs", "ON CONFLICT", "SqlServerOptions.EstimateUpsert" },
        { "Ledger/LedgerSession.Commit.cs", "ON CONFLICT", "SqlServerOptions.SequenceUpsert" },
        { "Budgeting/BudgetStore.cs", "RETURNING", "SqlServerOptions.NextCounterSql(\"budget_counters\")" },
        { "Authority/ApprovalNumbers.cs", "RETURNING", "SqlServerOptions.NextCounterSql(\"counters\")" },
        { "Ledger/YearCloseStore.cs", "substr(", "SUBSTRING(client_key, 1," },
        { "Persistence/Migrations/M0005_OneBook.cs", "strftime", "SqlServerOptions.MonthOfVoucherDate" },
        { "Persistence/Migrations/M0005_OneBook.cs", "EXTRACT(", "SqlServerOptions.MonthOfVoucherDate" },
        { "Persistence/Migrations/M0001_Ledger.cs", "Contains(\"Npgsql\"", "SqlServer.SqlServerSchema.CreateImmutabilityTriggers(m)" },
        { "Persistence/Migrations/M0013_AuditTrail.cs", "Contains(\"Npgsql\"", "SqlServer.SqlServerSchema.CreateAuditTriggers(m)" },
        { "Persistence/Migrations/M0016_TruncateGuards.cs", "Contains(\"Npgsql\"", "SqlServer.SqlServerSchema.CreateTruncateGuards(m)" },
        { "Persistence/Migrations/M0002_Authority.cs", "Contains(\"Npgsql\"", "SqlServer.SqlServerAuthoritySchema.CreateAppendOnlyTriggers(m)" },
        { "Persistence/Migrations/M0004_AuthorityModel.cs", "Contains(\"Npgsql\"", "SqlServer.SqlServerAuthoritySchema.CreateRuleSetEndTrigger(m)" },
        { "Persistence/Migrations/M0004_AuthorityModel.cs", "RAISE(", "SqlServer.SqlServerAuthoritySchema.CreateRuleSetEndTrigger(m)" },
        { "Persistence/RowWriters.cs", "SqliteConnection", "SqlServer.SqlServerRowWriter(" },
        { "Persistence/DatabaseTarget.cs", "SqliteConnection", "DatabaseProvider.SqlServer => SqlServerOptions.NewConnection(" },
        { "Persistence/DatabaseTarget.cs", "NpgsqlConnection", "DatabaseProvider.SqlServer => SqlServerOptions.NewConnection(" },
        { "Budgeting/BudgetStore.cs", "SqliteConnection", ": await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead)" },
        { "Reporting/ReportSource.cs", "SqliteConnection", "var line = new CashFlows.Line(reader.GetInt64(0)" },
    };

    private static string Infrastructure => Path.Combine(RepoPaths.Root, "src", "PartyFinance.Infrastructure");

    [Theory]
    [MemberData(nameof(Sites))]
    public void EachListedSite_HasItsSqlServerBranch(string file, string marker, string sqlServer)
    {
        var text = File.ReadAllText(Path.Combine(Infrastructure, file));
        Assert.Contains(marker, text, StringComparison.Ordinal);
        Assert.Contains(sqlServer, text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDialectSite_InTheSources_IsListed()
    {
        var listed = Sites.Select(r => ((string)r[0], (string)r[1])).ToHashSet();
        var found = new List<(string File, string Marker)>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Infrastructure, path).Replace('\\', '/');
            if (relative.StartsWith("Persistence/Sqlite/", StringComparison.Ordinal) || relative.StartsWith("Persistence/Postgres/", StringComparison.Ordinal)
                || relative.StartsWith("Persistence/SqlServer/", StringComparison.Ordinal) || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var code = File.ReadLines(path).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
            foreach (var marker in DialectMarkers.Where(m => code.Any(l => l.Contains(m, StringComparison.Ordinal))))
            {
                found.Add((relative, marker));
            }
        }

        Assert.Contains(("Ledger/LedgerSession.Commit.cs", "ON CONFLICT"), found);
        Assert.Equal([], found.Where(f => !listed.Contains(f)).Select(f => $"{f.File}: {f.Marker}"));
    }

    /// <summary>Each file of the Sqlite and Postgres folders has its SQL Server counterpart (SqliteSchema → SqlServerSchema, PostgresOptions → SqlServerOptions, …).</summary>
    [Fact]
    public void EveryProviderFile_HasItsSqlServerCounterpart()
    {
        var persistence = Path.Combine(Infrastructure, "Persistence");
        var others = Directory.GetFiles(Path.Combine(persistence, "Sqlite"), "*.cs").Select(f => Path.GetFileName(f)["Sqlite".Length..])
            .Concat(Directory.GetFiles(Path.Combine(persistence, "Postgres"), "*.cs").Select(f => Path.GetFileName(f)["Postgres".Length..]))
            .Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("Schema.cs", others);
        Assert.All(others, name => Assert.True(File.Exists(Path.Combine(persistence, "SqlServer", "SqlServer" + name)), "SqlServer/SqlServer" + name + " is missing"));
    }

    /// <summary>Every statement the other providers' option classes expose (PostingLockSql, BudgetLineLockSql, …) exists for SQL Server.</summary>
    [Fact]
    public void EveryStatementOfTheOtherProviders_HasASqlServerStatement()
    {
        static IEnumerable<string> Statements(Type t) =>
            t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal)).Select(f => f.Name);

        var theirs = Statements(typeof(SqliteOptions)).Concat(Statements(typeof(PostgresOptions))).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("BudgetLineLockSql", theirs);
        Assert.Equal([], theirs.Except(Statements(typeof(SqlServerOptions))));
    }
}

using Npgsql;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Testing;

/// <summary>
/// A fresh, initialised database for one test: a SQLite file in a temp folder, or a new database
/// on the PostgreSQL test server or on the SQL Server one (PARTYFINANCE_TEST_MSSQL). Disposing deletes it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _pgName;
    private readonly string? _sqlServerName;

    private TestDatabase(DatabaseTarget target, string? folder, string? pgName, string? sqlServerName = null)
    {
        Target = target;
        _folder = folder;
        _pgName = pgName;
        _sqlServerName = sqlServerName;
    }

    public static string? PostgresAdmin => Environment.GetEnvironmentVariable("PARTYFINANCE_TEST_PG");

    /// <summary>
    /// A SQL Server connection string (Server=…;User Id=…;Password=…;TrustServerCertificate=True, a login that may create
    /// databases), or null: the SQL Server tests run only when it is set, in CI too (no SQL Server runs on CI's machines).
    /// </summary>
    public static string? SqlServerAdmin => Environment.GetEnvironmentVariable("PARTYFINANCE_TEST_MSSQL") is { Length: > 0 } v ? v : null;

    public DatabaseTarget Target { get; }

    /// <summary>The value a user would pass to --db.</summary>
    public string DbArgument => Target.Provider == DatabaseProvider.Sqlite ? Target.Display : Target.ConnectionString;

    /// <summary>
    /// A fresh database; initialised like `db init` (schema, reference files and the shipped rule
    /// sets of db/authority), or with no rule set stored when <paramref name="shippedRuleSets"/> is false.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool initialise = true, bool shippedRuleSets = true)
    {
        var db = provider switch
        {
            DatabaseProvider.Sqlite => CreateSqlite(),
            DatabaseProvider.Postgres => await CreatePostgresAsync(),
            DatabaseProvider.SqlServer => await CreateSqlServerAsync(),
        };
        if (initialise)
        {
            var noRules = Path.Combine(Path.GetTempPath(), "pf-no-rules-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(noRules);
            var result = await new DatabaseInitializer(db.Target, new FixedClock())
                .RunAsync(RepoPaths.ReferenceFolder, "test", CancellationToken.None, shippedRuleSets ? null : noRules);
            Directory.Delete(noRules);
            if (result.IsFailure)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Describe())));
            }
        }

        return db;
    }

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pf-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseTarget.Parse(Path.Combine(folder, "books.db")), folder, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = PostgresAdmin ?? throw new InvalidOperationException("PARTYFINANCE_TEST_PG is not set: run the tests with bash .ci/test.");
        var name = "pf_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 120 }.ToString();
        return new TestDatabase(DatabaseTarget.Parse(cs), null, name);
    }

    private static async Task<TestDatabase> CreateSqlServerAsync()
    {
        var admin = SqlServerAdmin ?? throw new InvalidOperationException("PARTYFINANCE_TEST_MSSQL is not set: it names the SQL Server the tests may create databases on.");
        var name = "pf_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new Microsoft.Data.SqlClient.SqlConnection(admin))
        {
            await conn.OpenAsync();
            // As the README advises for the books: readers see the last committed row instead of waiting for a writer (as on PostgreSQL).
            await using var cmd = new Microsoft.Data.SqlClient.SqlCommand($"CREATE DATABASE [{name}]; ALTER DATABASE [{name}] SET READ_COMMITTED_SNAPSHOT ON;", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(admin) { InitialCatalog = name, MaxPoolSize = 120 }.ConnectionString;
        return new TestDatabase(DatabaseTarget.Parse(cs), null, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // a connection still closing; the temp folder is cleaned by the OS
            }
        }

        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        if (_sqlServerName is not null)
        {
            Microsoft.Data.SqlClient.SqlConnection.ClearAllPools();
            await using var conn = new Microsoft.Data.SqlClient.SqlConnection(SqlServerAdmin);
            await conn.OpenAsync();
            await using var cmd = new Microsoft.Data.SqlClient.SqlCommand(
                $"IF DB_ID('{_sqlServerName}') IS NOT NULL BEGIN ALTER DATABASE [{_sqlServerName}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_sqlServerName}]; END", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartyFinance.Infrastructure.Persistence.Postgres;
using PartyFinance.Infrastructure.Persistence.Sqlite;
using PartyFinance.Infrastructure.Persistence.SqlServer;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// Where the books live. A value starting "Host=" is a PostgreSQL connection string, one starting
/// "Server=" (or "Data Source=") a SQL Server connection string; anything else is a SQLite file path. Default: partyfinance.db in the current directory.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>How long a command waits for a database another writer holds, and who is told (SQLite).</summary>
    public DatabaseWait Wait { get; init; } = DatabaseWait.Default;

    /// <summary>Who acts and why in the operation using this target: recorded in the audit trail with every change.</summary>
    public Application.Common.AuditContext? Audit { get; init; }

    public const string DefaultFile = "partyfinance.db";
    public const string EnvironmentVariable = "PARTYFINANCE_DB";

    public static DatabaseTarget Resolve(string? option) =>
        Parse(!string.IsNullOrWhiteSpace(option) ? option : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : DefaultFile);

    /// <summary>The target a value names; a connection string the provider cannot read is an <see cref="ArgumentException"/> with a Vietnamese message.</summary>
    public static DatabaseTarget Parse(string value)
    {
        var text = value.Trim();
        // "Data Source=" is SqlClient's own spelling of Server=, the one its connection-string builder writes.
        if (text.StartsWith("Server=", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return ParseSqlServer(text);
        }

        if (!text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, SqliteOptions.ConnectionString(text));
        }

        return ParsePostgres(text);
    }

    private static DatabaseTarget ParsePostgres(string text)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException("Chuỗi kết nối PostgreSQL không hợp lệ; dạng đúng: Host=máy chủ;Port=5432;Database=tên;Username=người dùng;Password=mật khẩu.", e);
        }

        return new DatabaseTarget(DatabaseProvider.Postgres, text);
    }

    private const string SqlServerForm = "Chuỗi kết nối SQL Server không hợp lệ; dạng đúng: Server=máy chủ,1433;Database=tên;User Id=người dùng;Password=mật khẩu;TrustServerCertificate=True.";

    /// <summary>A SQL Server connection string: readable by SqlClient, naming a server and a database (never the server's master by default).</summary>
    private static DatabaseTarget ParseSqlServer(string text)
    {
        Microsoft.Data.SqlClient.SqlConnectionStringBuilder builder;
        try
        {
            builder = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ArgumentException(SqlServerForm, e);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource) || string.IsNullOrWhiteSpace(builder.InitialCatalog))
        {
            throw new ArgumentException(SqlServerForm);
        }

        return new DatabaseTarget(DatabaseProvider.SqlServer, SqlServerOptions.ConnectionString(text));
    }

    /// <summary>How the target is shown to a user: the file, or the server without the password.</summary>
    public string Display => Provider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource
        : string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)
            && !p.TrimStart().StartsWith("Pwd", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// A context over the books, from a pool kept per database and wait limit (a web request opens a dozen contexts; building
    /// each one's options and services anew cost a tenth of an approval). A rented context starts as a new one: EF Core
    /// resets what it tracks, and <see cref="PartyFinanceDbContext.Begin"/> sets who acts and who hears of a wait, and clears pending audit rows.
    /// </summary>
    public PartyFinanceDbContext CreateContext()
    {
        var pool = Pools.GetOrAdd(new PoolKey(Provider, ConnectionString, Wait.Limit), static key => new PooledDbContextFactory<PartyFinanceDbContext>(Options(key), PoolSize));
        var db = pool.CreateDbContext();
        db.Begin(Audit ?? Application.Common.AuditContext.System, Wait, Provider switch
        {
            DatabaseProvider.Sqlite => SqliteOptions.AuditLockSql,
            DatabaseProvider.Postgres => PostgresOptions.AuditLockSql,
            DatabaseProvider.SqlServer => SqlServer.SqlServerOptions.AuditLockSql,
        });
        return db;
    }

    private const int PoolSize = 128;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PoolKey, PooledDbContextFactory<PartyFinanceDbContext>> Pools = new();

    /// <summary>What a context's options depend on: the database and how long a write waits (who is told is the context's own).</summary>
    private sealed record PoolKey(DatabaseProvider Provider, string ConnectionString, TimeSpan WaitLimit);

    private static DbContextOptions<PartyFinanceDbContext> Options(PoolKey key)
    {
        var builder = new DbContextOptionsBuilder<PartyFinanceDbContext>();
        _ = key.Provider switch
        {
            DatabaseProvider.Sqlite => SqliteOptions.Configure(builder, key.ConnectionString, key.WaitLimit),
            DatabaseProvider.Postgres => PostgresOptions.Configure(builder, key.ConnectionString),
            DatabaseProvider.SqlServer => SqlServerOptions.Configure(builder, key.ConnectionString),
        };

        // Migrations are written by hand, so there is no model snapshot; SchemaTests compare the
        // migrated schema with the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);

        // EF Core's check that two threads never use one context at once sets an async-local value on entering and leaving
        // every row a query reads: a third of an enforced budget check's allocations. Every context here belongs to one unit
        // of work awaited in order (a store opens its own, ConcurrencyAndRecurringTests and StaleCopyAndRaceTests race
        // separate ones), so the check is off.
        builder.EnableThreadSafetyChecks(false);
        return builder.Options;
    }

    /// <summary>Whether a failure is the database staying busy past <see cref="Wait"/> (another writer held it).</summary>
    public static bool IsBusy(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (SqliteOptions.IsBusy(x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plain open connection for read queries that need no EF model (fast in a fresh process).</summary>
    public async Task<System.Data.Common.DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        // Each provider's connection is made in its own folder's method, so a command loads only its provider's library.
        var connection = Provider switch
        {
            DatabaseProvider.Sqlite => SqliteOptions.NewConnection(ConnectionString),
            DatabaseProvider.Postgres => PostgresOptions.NewConnection(ConnectionString),
            DatabaseProvider.SqlServer => SqlServerOptions.NewConnection(ConnectionString),
        };
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>The triggers (and what else the provider can tell) that `audit verify` compares with the fingerprint recorded at the last schema change.</summary>
    internal Task<IReadOnlyDictionary<string, string>> SchemaFingerprintAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx, CancellationToken ct) => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteAudit.FingerprintAsync(connection, tx, ct),
        DatabaseProvider.Postgres => PostgresAudit.FingerprintAsync(connection, tx, ct),
        DatabaseProvider.SqlServer => SqlServer.SqlServerAudit.FingerprintAsync(connection, tx, ct),
    };

    /// <summary>After the application changed the schema: whatever the provider needs so that a later change behind its back shows (SQLite: the seal view).</summary>
    internal Task SealSchemaAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx, CancellationToken ct) => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteAudit.SealAsync(connection, tx, ct),
        DatabaseProvider.Postgres or DatabaseProvider.SqlServer => Task.CompletedTask,
    };

    /// <summary>SQL that takes the posting lock inside a transaction (PostgreSQL: a row lock; SQL Server: an update lock held to the end; SQLite: BEGIN IMMEDIATE already holds it).</summary>
    public string PostingLockSql => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteOptions.PostingLockSql,
        DatabaseProvider.Postgres => PostgresOptions.PostingLockSql,
        DatabaseProvider.SqlServer => SqlServerOptions.PostingLockSql,
    };

    /// <summary>SQL selecting one budget line by its key ({0}…{6}) and locking it until the transaction ends.</summary>
    public string BudgetLineLockSql => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteOptions.BudgetLineLockSql,
        DatabaseProvider.Postgres => PostgresOptions.BudgetLineLockSql,
        DatabaseProvider.SqlServer => SqlServerOptions.BudgetLineLockSql,
    };
}

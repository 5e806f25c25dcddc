using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartyFinance.Infrastructure.Persistence.Postgres;
using PartyFinance.Infrastructure.Persistence.Sqlite;

namespace PartyFinance.Infrastructure.Persistence;

/// <summary>
/// Where the books live. A value starting "Host=" is a PostgreSQL connection string; anything
/// else is a SQLite file path. Default: partyfinance.db in the current directory.
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
        if (!value.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, SqliteOptions.ConnectionString(value.Trim()));
        }

        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(value.Trim());
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException("Chuỗi kết nối PostgreSQL không hợp lệ; dạng đúng: Host=máy chủ;Port=5432;Database=tên;Username=người dùng;Password=mật khẩu.", e);
        }

        return new DatabaseTarget(DatabaseProvider.Postgres, value.Trim());
    }

    /// <summary>How the target is shown to a user: the file, or the server without the password.</summary>
    public string Display => Provider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource
        : string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));

    public PartyFinanceDbContext CreateContext()
    {
        var builder = new DbContextOptionsBuilder<PartyFinanceDbContext>();
        _ = Provider switch
        {
            DatabaseProvider.Sqlite => SqliteOptions.Configure(builder, ConnectionString, Wait),
            DatabaseProvider.Postgres => PostgresOptions.Configure(builder, ConnectionString),
        };

        // Migrations are written by hand, so there is no model snapshot; SchemaTests compare the
        // migrated schema with the model instead.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        return new PartyFinanceDbContext(builder.Options)
        {
            AuditContext = Audit ?? Application.Common.AuditContext.System,
            AuditLockSql = Provider switch
            {
                DatabaseProvider.Sqlite => SqliteOptions.AuditLockSql,
                DatabaseProvider.Postgres => PostgresOptions.AuditLockSql,
            },
        };
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
        System.Data.Common.DbConnection connection = Provider switch
        {
            DatabaseProvider.Sqlite => new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString),
            DatabaseProvider.Postgres => new Npgsql.NpgsqlConnection(ConnectionString),
        };
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>The triggers (and what else the provider can tell) that `audit verify` compares with the fingerprint recorded at the last schema change.</summary>
    internal Task<IReadOnlyDictionary<string, string>> SchemaFingerprintAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx, CancellationToken ct) => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteAudit.FingerprintAsync(connection, tx, ct),
        DatabaseProvider.Postgres => PostgresAudit.FingerprintAsync(connection, tx, ct),
    };

    /// <summary>After the application changed the schema: whatever the provider needs so that a later change behind its back shows (SQLite: the seal view).</summary>
    internal Task SealSchemaAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? tx, CancellationToken ct) => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteAudit.SealAsync(connection, tx, ct),
        DatabaseProvider.Postgres => Task.CompletedTask,
    };

    /// <summary>SQL that takes the posting lock inside a transaction (PostgreSQL: a row lock; SQLite: BEGIN IMMEDIATE already holds it).</summary>
    public string PostingLockSql => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteOptions.PostingLockSql,
        DatabaseProvider.Postgres => PostgresOptions.PostingLockSql,
    };

    /// <summary>SQL selecting one budget line by its key ({0}…{6}) and locking it until the transaction ends.</summary>
    public string BudgetLineLockSql => Provider switch
    {
        DatabaseProvider.Sqlite => SqliteOptions.BudgetLineLockSql,
        DatabaseProvider.Postgres => PostgresOptions.BudgetLineLockSql,
    };
}

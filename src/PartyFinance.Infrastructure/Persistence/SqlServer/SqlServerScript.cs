using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// The SQL Server schema as T-SQL, made by EF's SQL Server generator without a server: every migration in
/// order (tables, indexes, seed rows, the immutability and append-only triggers, the migrations history), or
/// the schema the model describes. db/sqlserver/schema.sql is the first; a test keeps it current.
/// </summary>
public static class SqlServerScript
{
    /// <summary>A connection string that is never opened: script generation needs none.</summary>
    public const string OfflineConnection = "Server=localhost;Database=partyfinance;TrustServerCertificate=True";

    public const string Header =
        "-- PartyFinance: the full SQL Server schema, every migration in order, generated from the migrations\n" +
        "-- (src/PartyFinance.Infrastructure/Persistence/Migrations) by EF Core's SQL Server generator. Do not edit:\n" +
        "-- regenerate with  PARTYFINANCE_WRITE_SCHEMA=1 dotnet test tests/PartyFinance.Infrastructure.Tests --filter SqlServerSchemaFile\n" +
        "-- Run it with sqlcmd -i schema.sql against an empty database (text columns use the binary collation " + SqlServerOptions.Collation + ").\n\n";

    /// <summary>Every migration as one script (batches separated by GO), line ends normalised to LF.</summary>
    public static string FromMigrations()
    {
        using var db = DatabaseTarget.Parse(OfflineConnection).CreateContext();
        return Normalise(db.GetService<IMigrator>().GenerateScript());
    }

    /// <summary>The schema EF would create from the model (EnsureCreated), for comparison with the migrations.</summary>
    public static string FromModel()
    {
        using var db = DatabaseTarget.Parse(OfflineConnection).CreateContext();
        return Normalise(db.Database.GenerateCreateScript());
    }

    /// <summary>The contents of db/sqlserver/schema.sql.</summary>
    public static string SchemaFile() => Header + FromMigrations();

    /// <summary>The batches of a script (split on GO lines), each trimmed, the empty ones left out.</summary>
    public static IReadOnlyList<string> Batches(string script)
    {
        var batches = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var line in script.Split('\n'))
        {
            if (line.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase))
            {
                Add();
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        Add();
        return batches;

        void Add()
        {
            var text = current.ToString().Trim();
            if (text.Length > 0)
            {
                batches.Add(text);
            }

            current.Clear();
        }
    }

    private static string Normalise(string script) => script.Replace("\r\n", "\n", StringComparison.Ordinal);
}

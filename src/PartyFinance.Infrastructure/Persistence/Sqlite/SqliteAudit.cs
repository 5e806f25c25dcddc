using System.Data.Common;
using System.Globalization;

namespace PartyFinance.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite's schema fingerprint for the audit trail: each trigger's row in sqlite_master (its rowid and a
/// digest of its SQL text) and the rowid of a seal view the application re-creates last whenever it
/// changes the schema. A trigger dropped and re-created gets a rowid above the seal's, so it shows even
/// with the same text. (PRAGMA schema_version is not used: the online backup API raises it in every copy.)
/// </summary>
public static class SqliteAudit
{
    private const string Seal = "audit_schema_seal";

    /// <summary>Re-creates the seal view, so it is the newest object of the schema (called after the application's own migrations).</summary>
    public static async Task SealAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        foreach (var sql in new[] { $"DROP VIEW IF EXISTS {Seal}", $"CREATE VIEW {Seal} AS SELECT 1 AS sealed" })
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT rowid, type, name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' OR (type = 'view' AND name = '{Seal}') ORDER BY name";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items[reader.GetString(1) + ":" + reader.GetString(2)] = string.Create(CultureInfo.InvariantCulture,
                $"rowid={reader.GetInt64(0)};table={reader.GetString(3)};sql={Hash(reader.IsDBNull(4) ? string.Empty : reader.GetString(4))}");
        }

        return items;
    }

    private static string Hash(string text) => Audit.AuditHash.Sha256(text);
}

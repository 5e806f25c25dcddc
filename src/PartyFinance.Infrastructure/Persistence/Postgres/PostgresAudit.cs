using System.Data.Common;
using System.Globalization;

namespace PartyFinance.Infrastructure.Persistence.Postgres;

/// <summary>
/// PostgreSQL's schema fingerprint for the audit trail: every user trigger of the current schema (its
/// oid — a re-created trigger gets a new one —, whether it is enabled, and its definition) and every
/// function of the schema (oid and a digest of its source, so CREATE OR REPLACE shows).
/// </summary>
public static class PostgresAudit
{
    private const string Triggers =
        "SELECT t.tgname, c.relname, t.oid::bigint, t.tgenabled::text, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid " +
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY t.tgname";

    private const string Functions =
        "SELECT p.proname, p.oid::bigint, md5(p.prosrc) FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace ORDER BY p.proname";

    public static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = Triggers;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                items["trigger:" + reader.GetString(0)] = string.Create(CultureInfo.InvariantCulture,
                    $"oid={reader.GetInt64(2)};table={reader.GetString(1)};enabled={reader.GetString(3)};def={Audit.AuditHash.Sha256(reader.GetString(4))}");
            }
        }

        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = Functions;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                items["function:" + reader.GetString(0)] = string.Create(CultureInfo.InvariantCulture, $"oid={reader.GetInt64(1)};src={reader.GetString(2)}");
            }
        }

        return items;
    }
}

using System.Data.Common;
using System.Globalization;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// SQL Server's schema fingerprint for the audit trail: every DML trigger of the database's tables (its
/// object id — a re-created trigger gets a new one —, whether it is disabled, its table, when it was last
/// altered, and a digest of its definition), so a trigger dropped, disabled or altered behind the
/// application's back shows at `audit verify`; and every foreign key of the truncate guard (its object id,
/// the table it guards, whether it is disabled), so a dropped guard shows too.
/// </summary>
public static class SqlServerAudit
{
    public const string TriggersSql =
        "SELECT t.name, OBJECT_NAME(t.parent_id), CAST(t.object_id AS bigint), t.is_disabled, CONVERT(nvarchar(33), t.modify_date, 126), COALESCE(OBJECT_DEFINITION(t.object_id), N'') " +
        "FROM sys.triggers t WHERE t.parent_class = 1 ORDER BY t.name";

    public const string TruncateGuardsSql =
        "SELECT f.name, OBJECT_NAME(f.referenced_object_id), CAST(f.object_id AS bigint), f.is_disabled FROM sys.foreign_keys f " +
        "WHERE f.parent_object_id = OBJECT_ID(N'" + SqlServerSchema.TruncateGuardTable + "') ORDER BY f.name";

    public static async Task<IReadOnlyDictionary<string, string>> FingerprintAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = TriggersSql;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                items["trigger:" + reader.GetString(0)] = string.Create(CultureInfo.InvariantCulture,
                    $"id={reader.GetInt64(2)};table={reader.GetString(1)};disabled={reader.GetBoolean(3)};altered={reader.GetString(4)};def={Audit.AuditHash.Sha256(reader.GetString(5))}");
            }
        }

        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = TruncateGuardsSql;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                items["truncate-guard:" + reader.GetString(0)] = string.Create(CultureInfo.InvariantCulture,
                    $"id={reader.GetInt64(2)};table={reader.GetString(1)};disabled={reader.GetBoolean(3)}");
            }
        }

        return items;
    }
}

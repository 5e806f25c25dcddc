using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// What `db init` writes to the trail after it applied migrations: a "schema" row with the migrations
/// and the schema's trigger fingerprint (the only fingerprint `audit verify` accepts), and, on the upgrade
/// that brings the trail itself, a "seal" row per unit, year and 1,000 vouchers covering the vouchers
/// posted before the trail existed, and a "seal" row per opening balance entered before it.
/// </summary>
internal static class SchemaRecord
{
    public const string TrailMigration = "20261201000013_AuditTrail";

    public static async Task WriteAsync(DatabaseTarget target, PartyFinanceDbContext db, IReadOnlyList<string> applied, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (applied.Contains(TrailMigration, StringComparer.Ordinal) && await db.Vouchers.AnyAsync(ct))
        {
            var byChain = new Dictionary<(string, int), List<(string, string)>>();
            await foreach (var v in StoredVoucherDigests.ReadAsync(target, null, null, null, ct))
            {
                if (!byChain.TryGetValue((v.Unit, v.Year), out var list))
                {
                    byChain[(v.Unit, v.Year)] = list = [];
                }

                list.Add((v.Number, v.Value));
            }

            foreach (var ((unit, year), list) in byChain.OrderBy(c => c.Key.Item1, StringComparer.Ordinal).ThenBy(c => c.Key.Item2))
            {
                var part = 0;
                foreach (var chunk in list.Chunk(AuditTrailFormat.VouchersPerEvent))
                {
                    part++;
                    db.RecordAudit(new PendingAuditEvent(AuditTrailFormat.SealKind, "vouchers", "seal/" + part.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        null, AuditTrailFormat.Covered(0, chunk), unit, year));
                }
            }
        }

        if (applied.Contains(TrailMigration, StringComparer.Ordinal))
        {
            // Opening balances entered before the trail existed: sealed as they stand, so `audit verify` can compare each one.
            var type = db.Model.FindEntityType(typeof(Records.OpeningBalanceRecord))!;
            foreach (var o in await db.OpeningBalances.AsNoTracking().OrderBy(o => o.UnitCode).ThenBy(o => o.Year).ThenBy(o => o.AccountCode).ToListAsync(ct))
            {
                object? Value(Microsoft.EntityFrameworkCore.Metadata.IProperty p) => p.PropertyInfo?.GetValue(o);
                db.RecordAudit(AuditCapture.Describe(type, AuditTrailFormat.SealKind, null, AuditCapture.Row(type, Value), Value));
            }
        }

        await target.SealSchemaAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), ct);
        var fingerprint = await target.SchemaFingerprintAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), ct);
        db.RecordAudit(new PendingAuditEvent(AuditTrailFormat.SchemaKind, AuditTrailFormat.SchemaTable, applied[^1], null,
            AuditTrailFormat.Schema(fingerprint, applied), string.Empty, null));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}

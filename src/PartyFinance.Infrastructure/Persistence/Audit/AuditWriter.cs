using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PartyFinance.Infrastructure.Persistence.Records;

namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// Appends events to their chains inside the caller's transaction. Writers are serialised while they
/// read the chain heads: SQLite transactions hold the write lock from their start (BEGIN IMMEDIATE);
/// PostgreSQL takes the posting lock row (the same lock posting sessions hold, so no new lock order).
/// </summary>
internal static class AuditWriter
{
    public static async Task AppendAsync(PartyFinanceDbContext db, IReadOnlyList<PendingAuditEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return;
        }

        // Within one transaction the chain heads this writer left stay the heads (it holds the lock that serialises
        // writers), so a unit of work that saves twice reads them once.
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var known = db.AuditHeads;
        if (known is null || !ReferenceEquals(known.Transaction, transaction))
        {
            if (db.AuditLockSql is { } lockSql)
            {
                await db.Database.ExecuteSqlRawAsync(lockSql, ct);
            }

            known = new AuditHeads(transaction, await db.AuditEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0, new Dictionary<(string, int), (long, string)>());
        }

        var context = db.AuditContext;
        var at = CanonicalJson.Microseconds(context.Clock.GetUtcNow());
        var localYear = at.ToOffset(TimeSpan.FromHours(7)).Year;
        var id = known.LastId;
        var heads = new Dictionary<(string, int), (long Seq, string Hash)>(known.Heads);
        foreach (var e in events)
        {
            var chain = (e.ChainUnit, e.ChainYear ?? localYear);
            if (!heads.TryGetValue(chain, out var head))
            {
                var last = await db.AuditEvents.Where(x => x.ChainUnit == chain.ChainUnit && x.ChainYear == chain.Item2)
                    .OrderByDescending(x => x.Seq).Select(x => new { x.Seq, x.Hash }).FirstOrDefaultAsync(ct);
                head = last is null ? (0, AuditHash.Genesis) : (last.Seq, last.Hash);
            }

            var record = new AuditEventRecord
            {
                Id = ++id,
                ChainUnit = chain.ChainUnit,
                ChainYear = chain.Item2,
                Seq = head.Seq + 1,
                At = at,
                Actor = context.Actor,
                Command = context.Command,
                Kind = e.Kind,
                TableName = e.Table,
                EntityKey = e.Key,
                BeforeJson = e.Before,
                AfterJson = e.After,
                Reason = e.Reason ?? context.Reason,
                PrevHash = head.Hash,
            };
            record.Hash = AuditHash.Of(record);
            heads[chain] = (record.Seq, record.Hash);
            db.AuditEvents.Add(record);
        }

        await db.SaveAuditRowsAsync(ct);
        db.AuditHeads = transaction is null ? null : new AuditHeads(transaction, id, heads);
    }
}

/// <summary>The last audit id and each chain's head (sequence and hash) as a transaction's saves left them.</summary>
internal sealed record AuditHeads(System.Data.Common.DbTransaction? Transaction, long LastId, IReadOnlyDictionary<(string, int), (long Seq, string Hash)> Heads);

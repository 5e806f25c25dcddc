using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>The chains with no ending event (released, rejected, withdrawn), with their events and short numbers: three queries.</summary>
public sealed class PendingApprovals(DatabaseTarget target) : IPendingApprovals
{
    public async Task<IReadOnlyList<(long Number, ApprovalRequest Request)>> PendingAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var ended = db.ApprovalEvents
            .Where(e => e.Kind == ApprovalEventKind.Released || e.Kind == ApprovalEventKind.Rejected || e.Kind == ApprovalEventKind.Withdrawn)
            .Select(e => e.RequestId);
        var headers = await db.ApprovalRequests.AsNoTracking().Where(h => !ended.Contains(h.Id)).ToListAsync(ct);
        if (headers.Count == 0)
        {
            return [];
        }

        var ids = headers.Select(h => h.Id).ToList();
        var events = (await db.ApprovalEvents.AsNoTracking().Where(e => ids.Contains(e.RequestId)).ToListAsync(ct)).ToLookup(e => e.RequestId);
        var numbers = await db.ApprovalNumbers.AsNoTracking().Where(n => ids.Contains(n.RequestId)).ToDictionaryAsync(n => n.RequestId, n => n.Number, ct);
        return headers.Select(h => (numbers[h.Id], ApprovalMapping.ToDomain(h, events[h.Id].OrderBy(e => e.Sequence))))
            .Where(x => x.Item2.Status == ApprovalStatus.Pending)
            .OrderBy(x => x.Item1).ToList();
    }

    public async Task<long?> NumberOfAsync(Guid requestId, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        return await db.ApprovalNumbers.AsNoTracking().Where(n => n.RequestId == requestId).Select(n => (long?)n.Number).FirstOrDefaultAsync(ct);
    }
}

using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>Every approval request with its short number, in number order (two queries, not one per request).</summary>
public sealed class ApprovalQueries(DatabaseTarget target)
{
    public async Task<IReadOnlyList<(long Number, ApprovalRequest Request)>> ListAsync(CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var headers = await db.ApprovalRequests.ToListAsync(ct);
        var events = (await db.ApprovalEvents.ToListAsync(ct)).ToLookup(e => e.RequestId);
        var numbers = await db.ApprovalNumbers.ToDictionaryAsync(n => n.RequestId, n => n.Number, ct);
        return headers.Select(h => (numbers[h.Id], ApprovalMapping.ToDomain(h, events[h.Id].OrderBy(e => e.Sequence))))
            .OrderBy(x => x.Item1).ToList();
    }
}

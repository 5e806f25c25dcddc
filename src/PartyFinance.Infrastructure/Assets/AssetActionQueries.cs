using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>The asset actions a chain decides, read by the chain's id.</summary>
public sealed class AssetActionQueries(DatabaseTarget target) : IAssetActionQueries
{
    public async Task<AssetActionRequest?> ForApprovalAsync(Guid approvalId, CancellationToken ct)
    {
        await using var db = target.CreateContext();
        var found = await db.AssetActions.AsNoTracking().FirstOrDefaultAsync(a => a.ApprovalId == approvalId, ct);
        return found is null ? null : AssetMapping.ToDomain(found);
    }

    public async Task<IReadOnlyDictionary<Guid, AssetActionRequest>> ForApprovalsAsync(IReadOnlyCollection<Guid> approvalIds, CancellationToken ct)
    {
        if (approvalIds.Count == 0)
        {
            return new Dictionary<Guid, AssetActionRequest>();
        }

        await using var db = target.CreateContext();
        var ids = approvalIds.ToList();
        return (await db.AssetActions.AsNoTracking().Where(a => ids.Contains(a.ApprovalId)).ToListAsync(ct)).Select(AssetMapping.ToDomain).ToDictionary(a => a.ApprovalId);
    }
}

using PartyFinance.Domain.Assets;

namespace PartyFinance.Application.Assets;

/// <summary>Reads the asset actions waiting for their decision (what the approval inbox shows beside each chain).</summary>
public interface IAssetActionQueries
{
    /// <summary>The action a chain decides, by the chain's id (null: the chain is not an asset action's).</summary>
    Task<AssetActionRequest?> ForApprovalAsync(Guid approvalId, CancellationToken ct);

    /// <summary>The actions of these chains, by chain id, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, AssetActionRequest>> ForApprovalsAsync(IReadOnlyCollection<Guid> approvalIds, CancellationToken ct);
}

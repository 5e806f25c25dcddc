using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Authority;

/// <summary>
/// The approval requests still waiting for a signature (not released, rejected or withdrawn), each with its short
/// number — what an inbox filters for its user (implemented in Infrastructure: three queries, not one per request).
/// </summary>
public interface IPendingApprovals
{
    Task<IReadOnlyList<(long Number, ApprovalRequest Request)>> PendingAsync(CancellationToken ct);

    /// <summary>The short number of a chain (null: no such chain).</summary>
    Task<long?> NumberOfAsync(Guid requestId, CancellationToken ct);
}

/// <summary>Where a chain is signed: <see cref="ApproveStep"/> refuses a spending request's or recurring plan's chain (their own commands sign them).</summary>
public static class ApprovalSigning
{
    /// <summary>True when `approval approve|reject` would refuse this chain because its document has its own approve and reject (spend, spend plan).</summary>
    public static bool SignedWithSpendCommand(ApprovalRequest approval) => ApprovalLookup.BelongsToSpending(approval) is not null;
}

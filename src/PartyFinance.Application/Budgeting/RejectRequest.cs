using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend reject &lt;id&gt; --reason …`: submitted → rejected, by the user who may sign the waiting
/// step of its approval chain (never the maker); the reason is required and ends the chain too.
/// </summary>
public sealed class RejectRequest(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, string reason, CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        var user = await authority.UserAsync(by, ct);
        if (user.IsFailure)
        {
            return Result.Failure<SpendingRequest>(user.Errors);
        }

        return await RequestWork.WithoutLockAsync(store, id, async request =>
        {
            var rejected = request.Reject(user.Value.Login, time.GetUtcNow(), reason);
            if (rejected.IsFailure || request.ApprovalId is not { } linked)
            {
                return rejected;
            }

            var approval = await store.FindApprovalAsync(linked, ct)
                ?? throw new InvalidOperationException($"Spending request {id} names approval request {linked}, which is not stored.");
            var ended = approval.Reject(user.Value, reason, time.GetLocalNow());
            return ended.IsFailure ? ended : await store.SaveApprovalAsync(approval, ct);
        }, ct);
    }
}

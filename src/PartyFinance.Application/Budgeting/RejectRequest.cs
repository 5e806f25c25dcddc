using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend reject &lt;id&gt; --reason …`: submitted → rejected; the reason is required.</summary>
public sealed class RejectRequest(IBudgetStore store, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, string reason, CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        return await RequestWork.WithoutLockAsync(store, id, r => r.Reject(by, time.GetUtcNow(), reason), ct);
    }
}

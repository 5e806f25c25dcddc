using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend reject &lt;id&gt; --reason …`: submitted → rejected; the reason is required.</summary>
public sealed class RejectRequest(IBudgetStore store, TimeProvider time)
{
    public Task<Result<SpendingRequest>> RunAsync(long id, string by, string reason, CancellationToken ct) =>
        RequestWork.WithoutLockAsync(store, id, r => r.Reject(by, time.GetUtcNow(), reason), ct);
}

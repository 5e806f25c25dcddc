using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend submit &lt;id&gt;`: draft → submitted.</summary>
public sealed class SubmitRequest(IBudgetStore store, TimeProvider time)
{
    public Task<Result<SpendingRequest>> RunAsync(long id, string by, CancellationToken ct) =>
        RequestWork.WithoutLockAsync(store, id, r => r.Submit(by, time.GetUtcNow()), ct);
}

using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend submit &lt;id&gt;`: draft → submitted.</summary>
public sealed class SubmitRequest(IBudgetStore store, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Permission.SpendRequest, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        return await RequestWork.WithoutLockAsync(store, id, r => r.Submit(by, time.GetUtcNow()), ct);
    }
}

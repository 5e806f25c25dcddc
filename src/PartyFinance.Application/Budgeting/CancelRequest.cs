using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>`spend cancel &lt;id&gt;`: any unpaid request; an approved one releases its commitment under the line lock.</summary>
public sealed class CancelRequest(IBudgetStore store, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, string? reason, CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Permission.SpendRequest, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        var request = await store.FindRequestAsync(id, ct);
        if (request is null)
        {
            return RequestWork.NotFound(id);
        }

        return request.Status == SpendingStatus.Approved
            ? await RequestWork.InLockAsync(store, id, (r, line) => Task.FromResult(r.Cancel(line, by, time.GetUtcNow(), reason)), ct)
            : await RequestWork.WithoutLockAsync(store, id, r => r.Status == SpendingStatus.Approved
                ? Result.Failure(SpendingErrors.Transition("cancel", r.Status))
                : r.Cancel(null, by, time.GetUtcNow(), reason), ct);
    }
}

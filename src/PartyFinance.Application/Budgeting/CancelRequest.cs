using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend cancel &lt;id&gt;`: any unpaid request; an approved one needs a reason and releases its commitment
/// under the line lock; a submitted one withdraws its pending approval chain in the same transaction.
/// </summary>
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
            : await RequestWork.WithoutLockAsync(store, id, async r =>
            {
                var submitted = r.Status == SpendingStatus.Submitted;
                var cancelled = r.Status == SpendingStatus.Approved
                    ? Result.Failure(SpendingErrors.Transition("cancel", r.Status))
                    : r.Cancel(null, by, time.GetUtcNow(), reason);
                if (cancelled.IsFailure || !submitted || r.ApprovalId is not { } linked
                    || await store.FindApprovalAsync(linked, ct) is not { Status: Domain.Authority.ApprovalStatus.Pending } approval)
                {
                    return cancelled;
                }

                var withdrawn = approval.Withdraw(by, reason, time.GetLocalNow());
                return withdrawn.IsFailure ? withdrawn : await store.SaveApprovalAsync(approval, ct);
            }, ct);
    }
}

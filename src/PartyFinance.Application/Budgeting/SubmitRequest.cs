using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend submit &lt;id&gt;`: draft → submitted. The stored rule sets name the decider for the
/// amount (one-off, on today's date) and the approval chain is opened — unit head → office
/// chief → Standing Board → Standing Committee up to that decider, the maker being the request's
/// creator — in the same transaction as the status change. No rule, no submission.
/// </summary>
public sealed class SubmitRequest(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Permission.SpendRequest, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        return await RequestWork.WithoutLockAsync(store, id, async request =>
        {
            var at = time.GetLocalNow();
            var approval = await authority.OpenAsync(request, DateOnly.FromDateTime(at.DateTime), at, ct);
            if (approval.IsFailure)
            {
                return Result.Failure(approval.Errors);
            }

            var submitted = request.Submit(by, time.GetUtcNow(), approval.Value.Id);
            return submitted.IsFailure ? submitted : await store.SaveApprovalAsync(approval.Value, ct);
        }, ct);
    }
}

using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend plan reject &lt;id&gt; --reason …`: submitted → rejected (final), by a user who may sign the
/// waiting step of the plan's chain (never a maker); the reason is required and ends the chain.
/// </summary>
public sealed class RejectRecurringPlan(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringPlanApproval>> RunAsync(long id, string by, string reason, CancellationToken ct)
    {
        var allowed = await access.ForPlanAsync(store, id, by, Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<RecurringPlanApproval>(allowed.Errors);
        }

        var user = await authority.UserAsync(by, ct);
        if (user.IsFailure)
        {
            return Result.Failure<RecurringPlanApproval>(user.Errors);
        }

        return await store.InLockedLinesAsync<RecurringPlanApproval>([], async _ =>
        {
            if (await store.FindPlanAsync(id, ct) is not { } plan)
            {
                return RecurringPlanWork.NotFound(id);
            }

            var chain = await RecurringPlanWork.PendingChainAsync(store, plan, ct);
            if (chain.IsFailure)
            {
                return Result.Failure<RecurringPlanApproval>(chain.Errors);
            }

            var ended = chain.Value.Reject(user.Value, reason, time.GetLocalNow());
            var rejected = ended.IsFailure ? ended : plan.Reject();
            return rejected.IsFailure ? Result.Failure<RecurringPlanApproval>(rejected.Errors) : await RecurringPlanWork.SaveAsync(store, plan, chain.Value, ct);
        }, ct);
    }
}

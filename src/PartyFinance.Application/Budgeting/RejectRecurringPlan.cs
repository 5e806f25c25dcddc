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
        return await RecurringPlanWork.SignAsync(store, authority, access, id, by, async (plan, approval, user) =>
        {
            var ended = approval.Reject(user, reason, time.GetLocalNow());
            var rejected = ended.IsFailure ? ended : plan.Reject();
            return rejected.IsFailure ? Result.Failure<RecurringPlanApproval>(rejected.Errors) : await RecurringPlanWork.SaveAsync(store, plan, approval, ct);
        }, ct);
    }
}

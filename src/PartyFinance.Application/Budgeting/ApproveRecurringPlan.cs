using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend plan approve &lt;id&gt;`: signs the waiting step of the plan's approval chain (opened by
/// <see cref="SubmitRecurringPlan"/>; the same <see cref="ApprovalRequest"/> every document goes
/// through: no maker signs — nobody who wrote an amount version either — each step by a different
/// user holding that step's role for the unit, steps in order, a decision number). The plan is
/// approved only when the final step (the decider) signs; that approval is recorded on the plan
/// and carried by every occurrence. Signature and plan are written in one transaction.
/// </summary>
public sealed class ApproveRecurringPlan(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringPlanApproval>> RunAsync(long id, string by, DateOnly date, string? decisionNo, CancellationToken ct)
    {
        return await RecurringPlanWork.SignAsync(store, authority, access, id, by, async (plan, approval, user) =>
        {
            if (plan.Makers.FirstOrDefault(m => string.Equals(m, user.Login, StringComparison.OrdinalIgnoreCase)) is { } maker)
            {
                return new DomainError(AuthorityErrors.MakerCannotApprove, $"Người lập ({maker}) không được tự duyệt kế hoạch chi của mình.", "by");
            }

            var now = time.GetLocalNow();
            var signed = approval.Approve(approval.NextStep?.Number ?? 0, user, decisionNo ?? string.Empty, date, now);
            if (signed.IsFailure)
            {
                return Result.Failure<RecurringPlanApproval>(signed.Errors);
            }

            if (approval.IsReleased)
            {
                var (year, total) = plan.LargestYearlyTotal();
                var approved = plan.Approve(new PlanApproval(approval.Decision.Decider.ToSlug(), user.Login, now.ToUniversalTime(), decisionNo, total, year));
                if (approved.IsFailure)
                {
                    return Result.Failure<RecurringPlanApproval>(approved.Errors);
                }
            }

            return await RecurringPlanWork.SaveAsync(store, plan, approval, ct);
        }, ct);
    }
}

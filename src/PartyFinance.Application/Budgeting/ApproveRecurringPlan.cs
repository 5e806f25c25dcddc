using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend plan approve &lt;id&gt;`: the stored rule sets are asked with kind recurring and the plan's
/// largest calendar-year total among the years it runs in (the first two when it has no end), so
/// a plan starting in November is still tested on a full year. The acting user must hold the
/// named decider's role for the unit on that date and must not be the plan's maker. The approval
/// is recorded once and carried by every occurrence.
/// </summary>
public sealed class ApproveRecurringPlan(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringPlan>> RunAsync(long id, string by, DateOnly date, string? decisionNo, CancellationToken ct)
    {
        var allowed = await access.ForPlanAsync(store, id, by, Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<RecurringPlan>(allowed.Errors);
        }

        var plan = await store.FindPlanAsync(id, ct);
        if (plan is null)
        {
            return SpendingErrors.Error(SpendingErrors.PlanNotFound, "Không tìm thấy kế hoạch chi định kỳ.", "id");
        }

        var lastYear = plan.End?.Year ?? plan.Start.Year + 1;
        var (year, total) = Enumerable.Range(plan.Start.Year, lastYear - plan.Start.Year + 1)
            .Select(y => (Year: y, Total: plan.YearlyTotal(y)))
            .MaxBy(t => t.Total);
        var decision = await authority.DecideAsync(await authority.QuestionAsync(plan.Key.Unit, total, SpendingKind.Recurring, date, ct), ct);
        if (decision.IsFailure)
        {
            return Result.Failure<RecurringPlan>(decision.Errors);
        }

        var user = await authority.UserAsync(by, ct);
        if (user.IsFailure)
        {
            return Result.Failure<RecurringPlan>(user.Errors);
        }

        var maker = plan.Versions[0].By;
        if (string.Equals(maker, user.Value.Login, StringComparison.OrdinalIgnoreCase))
        {
            return SpendingErrors.Error(SpendingErrors.MakerCannotApprove, $"Người lập ({maker}) không được tự duyệt kế hoạch chi của mình.", "by");
        }

        var decider = decision.Value.Decider;
        var (role, scope) = decider.ApproverGrant(plan.Key.Unit);
        if (!user.Value.Holds(role, scope, date))
        {
            return SpendingErrors.Error(SpendingErrors.ApproverNotAuthorised,
                $"Người dùng '{by}' không có thẩm quyền duyệt kế hoạch chi (tổng năm {VietnameseFormat.Amount(total)}; cần: {decider.VietnameseName()} ({decider.ToSlug()}) theo '{decision.Value.RuleSetName}', {decision.Value.Citation}).", "by");
        }

        var approved = plan.Approve(new PlanApproval(decider.ToSlug(), user.Value.Login, time.GetUtcNow(), decisionNo, total, year));
        if (approved.IsFailure)
        {
            return Result.Failure<RecurringPlan>(approved.Errors);
        }

        await store.SavePlanAsync(plan, ct);
        return Result.Success(plan);
    }
}

using PartyFinance.Application.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend plan approve &lt;id&gt;`: the authority engine is asked with kind Recurring and the plan's
/// largest calendar-year total among the years it runs in (the first two when it has no end), so
/// a plan starting in November is still tested on a full year. The acting user must be able to act
/// for the named decider. The approval is recorded once and carried by every occurrence.
/// </summary>
public sealed class ApproveRecurringPlan(IBudgetStore store, ISpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringPlan>> RunAsync(long id, string by, DateOnly date, string? decisionNo, CancellationToken ct)
    {
        var allowed = await access.ForPlanAsync(store, id, by, Domain.Authority.Permission.SpendDecide, ct);
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
        var decider = await authority.RequiredDeciderAsync(new AuthorityQuestion(plan.Key.Unit, total, SpendingKind.Recurring, date), ct);
        if (decider.IsFailure)
        {
            return Result.Failure<RecurringPlan>(decider.Errors);
        }

        if (!await authority.MayActForAsync(by, decider.Value, plan.Key.Unit, date, ct))
        {
            return SpendingErrors.Error(SpendingErrors.ApproverNotAuthorised,
                $"Người dùng '{by}' không có thẩm quyền duyệt kế hoạch chi (tổng năm {VietnameseFormat.Amount(total)}; cần: {decider.Value}).", "by");
        }

        var approved = plan.Approve(new PlanApproval(decider.Value, by, time.GetUtcNow(), decisionNo, total, year));
        if (approved.IsFailure)
        {
            return Result.Failure<RecurringPlan>(approved.Errors);
        }

        await store.SavePlanAsync(plan, ct);
        return Result.Success(plan);
    }
}

using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Web.Spending;

/// <summary>A recurring plan as its page shows it: the plan, its approval chain (rule, citation, who signed) and whether the user may sign its waiting step.</summary>
public sealed record PlanView(RecurringPlan Plan, ApprovalRequest? Approval, bool MaySign)
{
    public string? SignedBy(ApprovalStep step) => Approval?.Events.FirstOrDefault(e => e.Kind == ApprovalEventKind.Approved && e.Step == step.Number)?.Actor;

    public object Json() => new
    {
        id = Plan.Id,
        unit = Plan.Key.Unit,
        line = Plan.Key.ToString(),
        amount = Plan.Versions[^1].Amount,
        schedule = Plan.Schedule.Code(),
        start = Plan.Start.ToString(),
        end = Plan.End?.ToString(),
        status = Plan.Status.Code(),
        payee = Plan.Payee,
        purpose = Plan.Purpose,
        may_sign = MaySign,
        approval = Approval is not { } a ? null : new
        {
            id = a.Id,
            status = a.Status.ToSlug(),
            decider = a.Decision.Decider.ToSlug(),
            rule_set = a.Decision.RuleSetName,
            citation = a.Decision.Citation,
            next_step = a.NextStep?.Number,
            steps = a.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal, signed_by = SignedBy(s) }),
        },
    };
}

/// <summary>Reads recurring plans for the signed-in user: only plans of units the user sees (`spend plan list`).</summary>
public sealed class PlanViews(ListPlans list, IBudgetStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<RecurringPlanRow>> ListAsync(UserReach reach, CancellationToken ct) =>
        reach.Visible(await list.RunAsync(ct), r => r.Unit).OrderByDescending(r => r.Id).ToList();

    public async Task<PlanView?> FindAsync(long id, UserReach reach, CancellationToken ct)
    {
        var plan = await store.FindPlanAsync(id, ct);
        if (plan is null || !reach.Sees(plan.Key.Unit))
        {
            return null;
        }

        var approval = plan.ApprovalId is { } a ? await store.FindApprovalAsync(a, ct) : null;
        var maySign = approval is { Status: ApprovalStatus.Pending } && approval.MaySign(reach.User, clock.GetUtcNow()) && reach.May(Permission.SpendDecide, plan.Key.Unit);
        return new PlanView(plan, approval, maySign);
    }
}

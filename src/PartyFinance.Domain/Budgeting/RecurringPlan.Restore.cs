namespace PartyFinance.Domain.Budgeting;

/// <summary>Rebuilding a stored plan (persistence) without re-running the rules.</summary>
public sealed partial class RecurringPlan
{
    public static RecurringPlan Restore(long id, BudgetLineKey key, string payee, string purpose, Schedule schedule, YearMonth start, YearMonth? end,
        PlanStatus status, PlanApproval? approval, IEnumerable<PlanVersion> versions, Guid? approvalId = null)
    {
        var plan = new RecurringPlan(id, key, payee, purpose, schedule, start, end) { Status = status, Approval = approval, ApprovalId = approvalId, StoredStatus = status };
        plan._versions.AddRange(versions);
        if (plan._versions.Count == 0)
        {
            throw new InvalidOperationException($"Recurring plan {id} has no amount version.");
        }

        return plan;
    }
}

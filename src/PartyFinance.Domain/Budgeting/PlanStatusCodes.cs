namespace PartyFinance.Domain.Budgeting;

/// <summary>The CLI/JSON spelling of <see cref="PlanStatus"/> ("draft", "submitted" …).</summary>
public static class PlanStatusCodes
{
    public static string Code(this PlanStatus s) => s switch
    {
        PlanStatus.Draft => "draft",
        PlanStatus.Submitted => "submitted",
        PlanStatus.Approved => "approved",
        PlanStatus.Rejected => "rejected",
    };
}

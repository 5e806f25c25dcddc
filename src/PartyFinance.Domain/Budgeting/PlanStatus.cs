namespace PartyFinance.Domain.Budgeting;

/// <summary>A plan generates occurrences only while Approved; a change of amount sends it back to Draft for re-approval.</summary>
public enum PlanStatus
{
    Draft,
    Approved,
}

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Draft → Submitted (its approval chain opened) → Approved when the chain's final step signs, or
/// Rejected (final). A plan generates occurrences only while Approved; a change of amount sends a
/// draft or approved plan back to Draft for re-approval.
/// </summary>
public enum PlanStatus
{
    Draft,
    Approved,
    Submitted,
    Rejected,
}

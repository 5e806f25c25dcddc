namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Life of a spending request. An advance is Paid when disbursed and Settled when accounted for;
/// a plan occurrence without room on its line waits, visibly, in AwaitingBudget.
/// </summary>
public enum SpendingStatus
{
    Draft,
    Submitted,
    AwaitingBudget,
    Approved,
    Paid,
    Settled,
    Rejected,
    Cancelled,
}

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The pending debit a spending request holds on its line (cam kết chi), identified by the
/// request id. <see cref="PostedAmount"/> may be less than <see cref="Amount"/> (an advance settled
/// for less): the difference is released, as in a TigerBeetle post of a pending transfer.
/// </summary>
public sealed record Commitment(
    long RequestId,
    long Amount,
    CommitmentStatus Status,
    BudgetOverride? Override = null,
    long PostedAmount = 0);

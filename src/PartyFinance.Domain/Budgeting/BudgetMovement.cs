namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One dated change of a line's estimate with the decision behind it. Signed: a transfer out, a
/// downward adjustment, a carry-forward out and a cancellation are negative. Movements are only
/// appended, so the original allocation always stays visible next to what changed it.
/// </summary>
public sealed record BudgetMovement(
    MovementKind Kind,
    long Amount,
    string DecisionNo,
    DateOnly DecisionDate,
    string? Note = null);

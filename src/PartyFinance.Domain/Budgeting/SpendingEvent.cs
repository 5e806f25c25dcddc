namespace PartyFinance.Domain.Budgeting;

/// <summary>One line of a request's append-only history: the action, who, when, why, and the resulting status.</summary>
public sealed record SpendingEvent(
    string Action,
    SpendingStatus From,
    SpendingStatus To,
    string By,
    DateTimeOffset At,
    string? Reason = null,
    string? DecisionNo = null,
    string? VoucherNo = null);

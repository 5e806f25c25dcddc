namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The year-end outcome of one line: what is carried to next year's "năm trước" estimate and why,
/// what is cancelled and why, and which approved requests move or are cancelled with it.
/// </summary>
public sealed record CarryForwardLine(
    BudgetLineKey Key,
    long Carried,
    long Cancelled,
    string? CarryCitation,
    string? CancelReason,
    IReadOnlyList<long> CarriedRequests,
    IReadOnlyList<long> CancelledRequests);

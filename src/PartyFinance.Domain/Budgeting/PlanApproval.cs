namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The one approval of a recurring plan: the decider the authority rules named for its yearly
/// total (a body or office, never a person), who acted for it and under which decision.
/// </summary>
public sealed record PlanApproval(string Decider, string By, DateTimeOffset At, string? DecisionNo, long YearlyTotal, int Year);

namespace PartyFinance.Domain.Budgeting;

/// <summary>The amount of a plan in force from a month on, until the next version. Versions are only appended.</summary>
public sealed record PlanVersion(YearMonth From, long Amount, string By, DateTimeOffset At);

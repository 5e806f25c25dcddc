namespace PartyFinance.Domain.Budgeting;

/// <summary>One due month of a plan and the amount in force for it.</summary>
public sealed record PlanOccurrence(YearMonth Month, long Amount);

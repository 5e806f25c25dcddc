namespace PartyFinance.Domain.Ledger;

/// <summary>One lock or unlock of a period: who, when and (for unlocking) why.</summary>
public sealed record PeriodEvent(PeriodAction Action, string By, DateTimeOffset At, string? Reason);

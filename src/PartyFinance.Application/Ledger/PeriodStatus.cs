namespace PartyFinance.Application.Ledger;

/// <summary>One month of one unit's books: locked or open, and the last lock/unlock with who, when and why.</summary>
public sealed record PeriodStatus(string Unit, int Year, int Month, bool Locked, string? LastAction, string? By, DateTimeOffset? At, string? Reason);

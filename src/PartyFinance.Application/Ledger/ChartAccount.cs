namespace PartyFinance.Application.Ledger;

/// <summary>An account of the chart as reports need it: its name, its parent (for totals) and whether it is off-balance.</summary>
public sealed record ChartAccount(string Code, string Name, string? Parent, bool IsOffBalance);

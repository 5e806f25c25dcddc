namespace PartyFinance.Application.Ledger;

/// <summary>Opening and period totals of one account, as the store sums them from balances.</summary>
public sealed record AccountMovement(string Account, string Name, bool IsOffBalance, long OpeningDebit, long OpeningCredit, long Debit, long Credit);

namespace PartyFinance.Application.Ledger;

/// <summary>One line of an account's general ledger (sổ cái) with the running balance after it.</summary>
public sealed record LedgerLine(DateOnly Date, string Number, string Description, string Account, long Debit, long Credit, long BalanceDebit, long BalanceCredit);

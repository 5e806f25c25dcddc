namespace PartyFinance.Domain.Ledger;

/// <summary>Opening balance of one account for a unit and year (số dư đầu năm), whole đồng.</summary>
public sealed record OpeningBalanceLine(string UnitCode, int Year, string AccountCode, long Debit, long Credit, int? Row = null);

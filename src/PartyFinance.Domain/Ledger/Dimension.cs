namespace PartyFinance.Domain.Ledger;

/// <summary>Analysis dimensions a posting line can carry; an account names the ones it requires.</summary>
[Flags]
public enum Dimension
{
    None = 0,
    FundSource = 1,
    BudgetItem = 2,
    Sector = 4,
    Program = 8,
    Counterparty = 16,
}

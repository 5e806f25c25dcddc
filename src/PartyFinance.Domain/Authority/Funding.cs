namespace PartyFinance.Domain.Authority;

/// <summary>Funding source of the asset or spending (NĐ 165/2017 Art. 3). Any in a rule matches every source.</summary>
public enum Funding
{
    StateBudget,
    PartyFunds,
    Any,
}

namespace PartyFinance.Domain.Authority;

/// <summary>What a decision is about: the asset actions of NĐ 165/2017 Art. 9–29, plus spending.</summary>
public enum AuthorityAction
{
    Purchase,
    LeaseIn,
    Allocate,
    Transfer,
    Recover,
    Sell,
    Liquidate,
    Destroy,
    WriteOffLoss,
    CommercialUse,
    Spend,
}

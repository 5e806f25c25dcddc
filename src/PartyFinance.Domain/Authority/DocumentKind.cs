namespace PartyFinance.Domain.Authority;

/// <summary>Documents that can need an approval chain.</summary>
public enum DocumentKind
{
    SpendingRequest,
    PurchaseProposal,
    AssetAction,
    Voucher,
}

namespace PartyFinance.Domain.Authority;

/// <summary>Documents that can need an approval chain.</summary>
public enum DocumentKind
{
    SpendingRequest,
    PurchaseProposal,
    AssetAction,
    Voucher,

    /// <summary>A recurring spending plan (kế hoạch chi định kỳ), approved on its largest yearly total.</summary>
    RecurringPlan,
}

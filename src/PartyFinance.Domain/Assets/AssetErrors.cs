using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>Stable codes of the asset register's refusals.</summary>
public static class AssetErrors
{
    public const string NotFound = "assets.not-found";
    public const string DuplicateCode = "assets.duplicate-code";
    public const string BadField = "assets.bad-field";
    public const string BelowThreshold = "assets.below-threshold";
    public const string FundingMismatch = "assets.funding-mismatch";
    public const string ClassUnknown = "assets.class-unknown";
    public const string GroupUnknown = "assets.group-unknown";
    public const string RegimeMissing = "assets.regime-missing";
    public const string NotInUse = "assets.not-in-use";
    public const string ActionPending = "assets.action-pending";
    public const string SameUnit = "assets.same-unit";
    public const string OpeningMismatch = "assets.opening-mismatch";
    public const string Stale = "assets.stale";
    public const string SheetNotFound = "assets.stocktake-not-found";
    public const string SheetClosed = "assets.stocktake-closed";
    public const string Touched = "assets.touched-after-purchase";
    public const string SpecialAssetValue = "assets.special-asset-value";
    public const string OneCardPerRequest = "assets.one-card-per-request";

    public static DomainError Error(string code, string message, string? field = null, int? row = null) => new(code, message, field, row);
}

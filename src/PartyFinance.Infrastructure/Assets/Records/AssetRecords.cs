namespace PartyFinance.Infrastructure.Assets.Records;

/// <summary>
/// Row of assets: the asset card's fixed description, the unit holding it, its status and original
/// cost after its last change (for queries), and its version. Accumulated wear is not kept here: it is
/// the card's history (asset_events, asset_wear), so a wear run writes only its wear rows. `code` is the
/// card's key (what asset_events, asset_wear and asset_depreciation name); `register_code` (M0015) the code
/// people see: equal to the key, except for a card that took the code of a reversed card (key code#2 …).
/// </summary>
public sealed class AssetRecord
{
    public string Code { get; set; } = string.Empty;

    public string RegisterCode { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ClassCode { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public DateOnly InService { get; set; }

    public string Origin { get; set; } = string.Empty;

    public string? Location { get; set; }

    public string? Custodian { get; set; }

    public string Autonomy { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public long OriginalCost { get; set; }

    public bool Depreciated { get; set; }

    public int Version { get; set; }
}

/// <summary>Row of asset_events: one history entry of an asset, append-only.</summary>
public sealed class AssetEventRecord
{
    public string AssetCode { get; set; } = string.Empty;

    public int Seq { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public int? Year { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public string? FromUnit { get; set; }

    public long CostState { get; set; }

    public long CostParty { get; set; }

    public long CostOther { get; set; }

    public long WearChange { get; set; }

    public long? Proceeds { get; set; }

    public int? LifeYears { get; set; }

    public string? Vouchers { get; set; }

    public string? Reason { get; set; }

    public long? ActionId { get; set; }

    public string By { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}

/// <summary>Row of asset_wear: the wear of one asset in one fiscal year (primary key: once per asset and year).</summary>
public sealed class AssetWearRecord
{
    public string AssetCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public long Amount { get; set; }

    public string Voucher { get; set; } = string.Empty;
}

/// <summary>Row of asset_depreciation: the depreciation of one asset in one month (primary key: once per asset and month).</summary>
public sealed class AssetDepreciationRecord
{
    public string AssetCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public long Amount { get; set; }

    public string Voucher { get; set; } = string.Empty;
}

/// <summary>Row of asset_classes: a dated class with useful life and rate (hundredths of a percent).</summary>
public sealed class AssetClassRecord
{
    public string Code { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string Name { get; set; } = string.Empty;

    public string GroupCode { get; set; } = string.Empty;

    public int UsefulLifeYears { get; set; }

    public long RateHundredths { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Verified { get; set; } = string.Empty;
}

/// <summary>Row of asset_actions: an action on an asset waiting for (or past) its decision.</summary>
public sealed class AssetActionRecord
{
    public long Id { get; set; }

    public string AssetCode { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public string? ToUnit { get; set; }

    public long? Proceeds { get; set; }

    public string Reason { get; set; } = string.Empty;

    public Guid ApprovalId { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? Vouchers { get; set; }

    public string RequestedBy { get; set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public long? SheetId { get; set; }
}

/// <summary>Row of asset_stocktakes: one stocktake sheet of a unit.</summary>
public sealed class StocktakeRecord
{
    public long Id { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public string Status { get; set; } = string.Empty;

    public string StartedBy { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>Row of asset_stocktake_lines: an asset expected on the sheet or found in the count.</summary>
public sealed class StocktakeLineRecord
{
    public long SheetId { get; set; }

    public string AssetCode { get; set; } = string.Empty;

    public bool Expected { get; set; }

    public bool? Found { get; set; }

    public string? Note { get; set; }

    public string? Name { get; set; }

    public string? ClassCode { get; set; }

    public long? OriginalCost { get; set; }

    public long? AccumulatedWear { get; set; }

    public DateOnly? InService { get; set; }

    public string? Sector { get; set; }
}

/// <summary>Row of asset_purchases (M0014): a purchase with Party funds waiting for (or past) its decision; the card exists only once it is approved.</summary>
public sealed class AssetPurchaseRecord
{
    public long Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string ClassCode { get; set; } = string.Empty;

    public string UnitCode { get; set; } = string.Empty;

    public string FundSource { get; set; } = string.Empty;

    public string Autonomy { get; set; } = string.Empty;

    public string Sector { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public long Amount { get; set; }

    public DateOnly Date { get; set; }

    public bool FromBank { get; set; }

    public string? Location { get; set; }

    public string? Custodian { get; set; }

    public int? LifeMonths { get; set; }

    public string Reason { get; set; } = string.Empty;

    public Guid ApprovalId { get; set; }

    public string Status { get; set; } = string.Empty;

    public string? Voucher { get; set; }

    public string RequestedBy { get; set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

namespace PartyFinance.Domain.Assets;

/// <summary>Whether a request on a purchase item must carry the asset's details, or may (an item that also holds expenses).</summary>
public enum AssetDetails
{
    Required,
    Optional,
}

/// <summary>
/// One row of db/assets/purchase-items.csv: a range of budget items (Mục/Tiểu mục, four digits,
/// both ends included) on which a spending request buys a fixed asset — its payment books the asset
/// (Nợ 211x/213x / Có 36611) and opens the card instead of an expense — for the fiscal years it covers.
/// </summary>
public sealed record PurchaseItemRule(string ItemFrom, string ItemTo, AssetDetails Details, string Name, DateOnly ValidFrom, DateOnly? ValidTo,
    string Source, string Verified)
{
    public bool Covers(string item, int year) =>
        item.Length == ItemFrom.Length && string.CompareOrdinal(ItemFrom, item) <= 0 && string.CompareOrdinal(item, ItemTo) <= 0
        && ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || new DateOnly(year, 1, 1) <= ValidTo);

    /// <summary>The rule for <paramref name="item"/> in fiscal <paramref name="year"/> (the latest starting one), or null: not a purchase item.</summary>
    public static PurchaseItemRule? Find(IEnumerable<PurchaseItemRule> rules, string item, int year) =>
        rules.Where(r => r.Covers(item, year)).MaxBy(r => r.ValidFrom);
}

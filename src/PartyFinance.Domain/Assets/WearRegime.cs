using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// One row of db/assets/wear-regimes.csv: the rules of a circular for the fiscal years it governs —
/// how a year's wear is rounded to whole đồng, the year from which assets carried in are spread over
/// their remaining new life (TT 141/2025 Art. 18.1), the cost from which an asset is a fixed asset
/// (Art. 3.2.b), the useful life below which an item is a tool whatever its cost (Art. 3.2.b: "thời
/// gian sử dụng từ 01 năm trở lên") and the conventional cost of a special asset (Art. 8).
/// </summary>
public sealed record WearRegime(
    string Code,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    RoundingRule Rounding,
    int? TransitionYear,
    long FixedAssetThreshold,
    int MinimumLifeYears,
    long SpecialAssetValue,
    string Source,
    string Verified)
{
    public bool Governs(int year) => ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || new DateOnly(year, 1, 1) <= ValidTo);
}

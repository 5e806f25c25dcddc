namespace PartyFinance.Domain.Assets;

/// <summary>
/// One dated row of db/assets/asset-classes.csv: a fixed-asset class with its useful life and annual
/// wear rate (TT 141/2025 Phụ lục I from fiscal 2026, TT 23/2023 up to 2025). The published tables
/// are images we could not read; the shipped rows are marked unverified.
/// </summary>
public sealed record FixedAssetClass(
    string Code,
    string Name,
    string Group,
    int UsefulLifeYears,
    decimal AnnualRatePercent,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified)
{
    public bool IsValidIn(int year) => ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || new DateOnly(year, 1, 1) <= ValidTo);
}

namespace PartyFinance.Domain.Ledger;

/// <summary>
/// One dated version of an account in the chart (TT 24/2024 frame). Codes are hierarchical by
/// prefix: 008 → 0082 → 00821 → 008212. Loại 0 accounts are off-balance and single-sided.
/// </summary>
public sealed record Account(
    string Code,
    string Name,
    string? ParentCode,
    bool IsOffBalance,
    Dimension RequiredDimensions,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

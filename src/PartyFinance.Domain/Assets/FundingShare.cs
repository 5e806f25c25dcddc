using PartyFinance.Domain.Authority;

namespace PartyFinance.Domain.Assets;

/// <summary>The three funding shares of an asset card (NĐ 165/2017 Art. 3, 30).</summary>
public enum FundingShare
{
    State,
    Party,
    Other,
}

/// <summary>
/// One row of db/assets/funding-shares.csv: the fund source a share is booked under (its 36611 and
/// 511 accounts follow from db/posting/account-roles.csv) and the funding the delegation rules test.
/// </summary>
public sealed record FundingShareRule(FundingShare Share, string FundSource, Funding AuthorityFunding, DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Verified)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

/// <summary>Codes of <see cref="FundingShare"/> in files.</summary>
public static class FundingShares
{
    private static readonly SlugTable<FundingShare> Table = new(
        (FundingShare.State, "state"),
        (FundingShare.Party, "party"),
        (FundingShare.Other, "other"));

    public static string ToCode(this FundingShare value) => Table.ToSlug(value);

    public static bool TryParse(string? code, out FundingShare value) => Table.TryParse(code, out value);
}

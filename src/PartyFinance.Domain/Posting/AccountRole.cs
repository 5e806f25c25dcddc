using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Posting;

/// <summary>
/// One row of db/posting/account-roles.csv: the account that plays <see cref="Role"/> (expense,
/// revenue, temporary-receipt, estimate-actual, …) for a fund source, autonomy, estimate year and
/// budget-item range, in a date range. <see cref="Account"/> "-" states that the fund source posts
/// no such line (Party funds stay outside 511 and 008, NĐ 165/2017 Art. 3 and 30).
/// Null filters match anything ("*" in the file).
/// </summary>
public sealed record AccountRole(
    string Role,
    string? FundSource,
    Autonomy? Autonomy,
    EstimateYear? Year,
    int? ItemFrom,
    int? ItemTo,
    string Account,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified)
{
    public const string NoAccount = "-";

    /// <summary>"=asset-group": the account is the fixed asset's group account (db/assets/asset-groups.csv), given by the event's context.</summary>
    public const string FromAssetGroup = "=asset-group";

    /// <summary>"=closing": the account being closed, or the 911 / 421 account of its activity (db/posting/closing-accounts.csv), given by the event's context.</summary>
    public const string FromClosing = "=closing";

    public bool Posts => Account != NoAccount;

    public bool Matches(string role, string fundSource, Autonomy autonomy, EstimateYear year, int? item, DateOnly date) =>
        Role == role
        && (FundSource is null || FundSource == fundSource)
        && (Autonomy is null || Autonomy == autonomy)
        && (Year is null || Year == year)
        && (ItemFrom is null || (item is { } i && ItemFrom <= i && i <= ItemTo))
        && ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

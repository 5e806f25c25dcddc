using PartyFinance.Domain.Authority;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// One dated row of db/assets/asset-groups.csv: a kind and loại of TT 141/2025 Art. 4 with the
/// accounts its assets post to (nguyên giá 211x/213x, hao mòn 214x), the class the delegation rules
/// know it by, whether it is a fixed asset whatever its value (land, buildings, structures — Art.
/// 3.2.a) and whether it is worn at all (Art. 11.3: land use rights, special assets, assets that do
/// not lose value are not), the budget item its wear is booked on when the card names none, and whether
/// its assets are carried at the conventional cost of the wear regime (special assets, Art. 8).
/// </summary>
public sealed record AssetGroup(
    string Code,
    string Name,
    string AssetAccount,
    string WearAccount,
    AssetClass AuthorityClass,
    bool AlwaysFixed,
    bool Worn,
    string BudgetItem,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified,
    bool ConventionalCost = false)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>The accounts a posting rule's <c>asset</c> and <c>accumulated-wear</c> roles take for this group.</summary>
    public IReadOnlyDictionary<string, string> Accounts() =>
        new Dictionary<string, string>(StringComparer.Ordinal) { ["asset"] = AssetAccount, ["accumulated-wear"] = WearAccount };
}

using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes and Vietnamese names of <see cref="AssetClass"/>.</summary>
public static class AssetClasses
{
    public static readonly CodeTable<AssetClass> Table = new(
        (AssetClass.PremisesLand, "premises-land", "trụ sở làm việc, nhà, đất"),
        (AssetClass.Car, "car", "xe ô tô"),
        (AssetClass.Other, "other", "tài sản khác"),
        (AssetClass.Any, "any", "mọi loại tài sản"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this AssetClass value) => Table.Code(value);

    public static string VietnameseName(this AssetClass value) => Table.Name(value);

    public static bool TryParse(string? code, out AssetClass value) => Table.TryParse(code, out value);
}

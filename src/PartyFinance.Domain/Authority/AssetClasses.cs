namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="AssetClass"/> as written in rule files and on the command line.</summary>
public static class AssetClasses
{
    private static readonly SlugTable<AssetClass> Table = new(
        (AssetClass.PremisesLand, "premises-land"),
        (AssetClass.Car, "car"),
        (AssetClass.Other, "other"),
        (AssetClass.Any, "any"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this AssetClass value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out AssetClass value) => Table.TryParse(slug, out value);
}

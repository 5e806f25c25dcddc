namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="ValueBasis"/> as written in rule files and on the command line.</summary>
public static class ValueBases
{
    private static readonly SlugTable<ValueBasis> Table = new(
        (ValueBasis.PerAsset, "per-asset"),
        (ValueBasis.PerPackage, "per-package"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this ValueBasis value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out ValueBasis value) => Table.TryParse(slug, out value);
}

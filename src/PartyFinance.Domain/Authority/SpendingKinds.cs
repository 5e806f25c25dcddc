namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="SpendingKind"/> as written in rule files and on the command line.</summary>
public static class SpendingKinds
{
    private static readonly SlugTable<SpendingKind> Table = new(
        (SpendingKind.Recurring, "recurring"),
        (SpendingKind.OneOff, "one-off"),
        (SpendingKind.Any, "any"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this SpendingKind value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out SpendingKind value) => Table.TryParse(slug, out value);
}

namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="Funding"/> as written in rule files and on the command line.</summary>
public static class Fundings
{
    private static readonly SlugTable<Funding> Table = new(
        (Funding.StateBudget, "state-budget"),
        (Funding.PartyFunds, "party-funds"),
        (Funding.Any, "any"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this Funding value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out Funding value) => Table.TryParse(slug, out value);
}

using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// The unit-kind column of a rule: one of the organisation's <see cref="UnitKind"/>s, or "any",
/// held as <c>null</c>. A null unit kind in a question means "not about one kind of unit".
/// </summary>
public static class UnitKindFilter
{
    public const string AnySlug = "any";

    public static IEnumerable<string> Slugs => UnitKinds.Slugs.Append(AnySlug);

    public static string ToSlug(UnitKind? kind) => kind is { } k ? k.ToSlug() : AnySlug;

    public static bool TryParse(string? slug, out UnitKind? kind)
    {
        if (string.Equals(slug?.Trim(), AnySlug, StringComparison.OrdinalIgnoreCase))
        {
            kind = null;
            return true;
        }

        if (UnitKinds.TryParse(slug, out var k))
        {
            kind = k;
            return true;
        }

        kind = null;
        return false;
    }
}

namespace PartyFinance.Domain.Authority;

/// <summary>Slugs of <see cref="Role"/> as written in rule files and on the command line.</summary>
public static class Roles
{
    private static readonly SlugTable<Role> Table = new(
        (Role.Accountant, "accountant"),
        (Role.ChiefAccountant, "chief-accountant"),
        (Role.UnitHead, "unit-head"),
        (Role.OfficeChief, "office-chief"),
        (Role.StandingBoard, "standing-board"),
        (Role.StandingCommittee, "standing-committee"),
        (Role.Auditor, "auditor"),
        (Role.Admin, "admin"));

    public static IEnumerable<string> Slugs => Table.Slugs;

    public static string ToSlug(this Role value) => Table.ToSlug(value);

    public static bool TryParse(string? slug, out Role value) => Table.TryParse(slug, out value);
}

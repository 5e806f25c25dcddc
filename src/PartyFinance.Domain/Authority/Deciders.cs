namespace PartyFinance.Domain.Authority;

/// <summary>Slugs, Vietnamese names, rank and approver role of each <see cref="Decider"/>.</summary>
public static class Deciders
{
    private static readonly (Decider Decider, string Slug, string Name, Role Role)[] Table =
    [
        (Decider.UnitHead, "unit-head", "Thủ trưởng đơn vị", Role.UnitHead),
        (Decider.OfficeChief, "office-chief", "Chánh Văn phòng Tỉnh ủy", Role.OfficeChief),
        (Decider.StandingBoard, "standing-board", "Thường trực Tỉnh ủy", Role.StandingBoard),
        (Decider.StandingCommittee, "standing-committee", "Ban Thường vụ Tỉnh ủy", Role.StandingCommittee),
    ];

    /// <summary>All deciders from the lowest rank (unit head) to the highest (Standing Committee).</summary>
    public static IReadOnlyList<Decider> Upward { get; } = Table.Select(t => t.Decider).ToArray();

    public static IEnumerable<string> Slugs => Table.Select(t => t.Slug);

    public static string ToSlug(this Decider decider) => Row(decider).Slug;

    public static string VietnameseName(this Decider decider) => Row(decider).Name;

    /// <summary>Higher rank decides more: unit-head 1 &lt; office-chief 2 &lt; standing-board 3 &lt; standing-committee 4.</summary>
    public static int Rank(this Decider decider) => (int)Row(decider).Decider;

    /// <summary>
    /// The role an approver must hold to sign for this decider, and where: the unit head of the
    /// proposing unit; the other deciders are province-wide offices.
    /// </summary>
    public static (Role Role, RoleScope Scope) ApproverGrant(this Decider decider, string proposingUnit)
    {
        var row = Row(decider);
        return (row.Role, decider == Decider.UnitHead ? RoleScope.Unit(proposingUnit) : RoleScope.Province);
    }

    public static bool TryParse(string? slug, out Decider decider)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                decider = t.Decider;
                return true;
            }
        }

        decider = default;
        return false;
    }

    private static (Decider Decider, string Slug, string Name, Role Role) Row(Decider decider)
    {
        foreach (var t in Table)
        {
            if (t.Decider == decider)
            {
                return t;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(decider), decider, "Unknown decider.");
    }
}

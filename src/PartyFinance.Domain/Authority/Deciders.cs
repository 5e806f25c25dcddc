using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes, Vietnamese names, rank and approver role of each <see cref="Decider"/>.</summary>
public static class Deciders
{
    /// <summary>From the lowest rank (unit head) to the highest (Standing Committee).</summary>
    public static readonly CodeTable<Decider> Table = new(
        (Decider.UnitHead, "unit-head", "Thủ trưởng đơn vị"),
        (Decider.OfficeChief, "office-chief", "Chánh Văn phòng Tỉnh ủy"),
        (Decider.StandingBoard, "standing-board", "Thường trực Tỉnh ủy"),
        (Decider.StandingCommittee, "standing-committee", "Ban Thường vụ Tỉnh ủy"));

    /// <summary>All deciders from the lowest rank (unit head) to the highest (Standing Committee).</summary>
    public static IReadOnlyList<Decider> Upward { get; } = Table.Values.ToArray();

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this Decider decider) => Table.Code(decider);

    public static string VietnameseName(this Decider decider) => Table.Name(decider);

    /// <summary>Higher rank decides more: unit-head 1 &lt; office-chief 2 &lt; standing-board 3 &lt; standing-committee 4.</summary>
    public static int Rank(this Decider decider) => (int)decider;

    /// <summary>
    /// The role an approver must hold to sign for this decider, and where: the unit head of the
    /// proposing unit; the other deciders are province-wide offices.
    /// </summary>
    public static (Role Role, RoleScope Scope) ApproverGrant(this Decider decider, string proposingUnit)
    {
        var role = decider switch
        {
            Decider.UnitHead => Role.UnitHead,
            Decider.OfficeChief => Role.OfficeChief,
            Decider.StandingBoard => Role.StandingBoard,
            Decider.StandingCommittee => Role.StandingCommittee,
        };
        return (role, decider == Decider.UnitHead ? RoleScope.Unit(proposingUnit) : RoleScope.Province);
    }

    public static bool TryParse(string? slug, out Decider decider) => Table.TryParse(slug, out decider);
}

namespace PartyFinance.Domain.Organisation;

public static class UnitKinds
{
    private static readonly (UnitKind Kind, string Slug, string Name)[] Table =
    [
        (UnitKind.ProvincialOffice, "provincial-office", "Văn phòng Tỉnh ủy"),
        (UnitKind.PartyAgency, "party-agency", "Ban, cơ quan Đảng"),
        (UnitKind.PartyCommitteeBloc, "party-committee-bloc", "Đảng ủy Khối / Đảng ủy các cơ quan Đảng"),
        (UnitKind.PartyServiceUnit, "party-service-unit", "Đơn vị sự nghiệp của Đảng"),
        (UnitKind.CommuneCommittee, "commune-committee", "Đảng ủy xã, phường"),
    ];

    public static IEnumerable<string> Slugs => Table.Select(t => t.Slug);

    public static string ToSlug(this UnitKind kind) => Table.First(t => t.Kind == kind).Slug;

    public static string VietnameseName(this UnitKind kind) => Table.First(t => t.Kind == kind).Name;

    public static bool TryParse(string? slug, out UnitKind kind)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = t.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }
}

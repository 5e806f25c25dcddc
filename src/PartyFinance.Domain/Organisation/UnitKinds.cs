using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Organisation;

/// <summary>Codes (units.csv, rule files, command line, JSON, database) and Vietnamese names of <see cref="UnitKind"/>.</summary>
public static class UnitKinds
{
    public static readonly CodeTable<UnitKind> Table = new(
        (UnitKind.ProvincialOffice, "provincial-office", "Văn phòng Tỉnh ủy"),
        (UnitKind.PartyAgency, "party-agency", "Ban, cơ quan Đảng"),
        (UnitKind.PartyCommitteeBloc, "party-committee-bloc", "Đảng ủy Khối / Đảng ủy các cơ quan Đảng"),
        (UnitKind.PartyServiceUnit, "party-service-unit", "Đơn vị sự nghiệp của Đảng"),
        (UnitKind.CommuneCommittee, "commune-committee", "Đảng ủy xã, phường"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this UnitKind kind) => Table.Code(kind);

    public static string VietnameseName(this UnitKind kind) => Table.Name(kind);

    public static bool TryParse(string? slug, out UnitKind kind) => Table.TryParse(slug, out kind);
}

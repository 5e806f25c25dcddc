using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes (rule files, permissions.csv, command line, JSON, database) and Vietnamese names of <see cref="Role"/>.</summary>
public static class Roles
{
    public static readonly CodeTable<Role> Table = new(
        (Role.Accountant, "accountant", "kế toán"),
        (Role.ChiefAccountant, "chief-accountant", "kế toán trưởng"),
        (Role.UnitHead, "unit-head", "thủ trưởng đơn vị"),
        (Role.OfficeChief, "office-chief", "Chánh Văn phòng"),
        (Role.StandingBoard, "standing-board", "Thường trực Tỉnh ủy"),
        (Role.StandingCommittee, "standing-committee", "Ban Thường vụ Tỉnh ủy"),
        (Role.Auditor, "auditor", "kiểm tra, kiểm toán (chỉ xem)"),
        (Role.Admin, "admin", "quản trị hệ thống"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this Role value) => Table.Code(value);

    public static string VietnameseName(this Role value) => Table.Name(value);

    public static bool TryParse(string? code, out Role value) => Table.TryParse(code, out value);
}

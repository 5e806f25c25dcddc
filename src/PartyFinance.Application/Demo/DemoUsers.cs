using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Demo;

/// <summary>
/// The demo's people: one per role (the province's finance office keeps the books of its units,
/// so the accountant and chief accountant are province-wide), and a head for each unit that signs
/// spending. `quantri` is the first administrator; the others are added by it through `user add`.
/// </summary>
internal static class DemoUsers
{
    public const string Admin = "quantri";
    public const string AdminName = "Nguyễn Văn Quản";
    public const string Accountant = "ketoan";
    public const string ChiefAccountant = "ketoantruong";

    private static readonly DateOnly From = new(2025, 1, 1);

    /// <summary>Province-wide users, added before the units exist.</summary>
    public static IReadOnlyList<(string Login, string Name, Role Role, DateOnly From)> Province { get; } =
    [
        (Accountant, "Trần Thị Kế", Role.Accountant, From),
        (ChiefAccountant, "Lê Văn Toán", Role.ChiefAccountant, From),
        ("kiemtoan", "Phạm Thị Kiểm", Role.Auditor, From),
        ("chanhvanphong", "Hoàng Văn Chánh", Role.OfficeChief, From),
        ("thuongtruc", "Đỗ Văn Trực", Role.StandingBoard, From),
        ("bantv", "Vũ Thị Thường", Role.StandingCommittee, From),
    ];

    /// <summary>Unit heads, added once their units are imported (a merged unit's head from the merger date).</summary>
    public static IReadOnlyList<(string Login, string Name, string Unit, DateOnly From)> UnitHeads { get; } =
    [
        ("thutruong.vptu", "Ngô Văn Hải", "VPTU", From),
        ("thutruong.btc", "Bùi Thị Lan", "BTC", From),
        ("thutruong.bnc", "Đặng Văn Nam", "BNC", From),
        ("thutruong.ubkt", "Trịnh Thị Hoa", "UBKT", From),
        ("thutruong.btgdv", "Lý Văn Minh", "BTGDV", new DateOnly(2025, 3, 1)),
        ("thutruong.ducqd", "Mai Thị Thu", "DUCQD", new DateOnly(2025, 7, 1)),
    ];
}

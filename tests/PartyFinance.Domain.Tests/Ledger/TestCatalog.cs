using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Ledger;

/// <summary>A small chart (TT 107 codes) with a parent, an expired account and an off-balance tree, for the posting rules.</summary>
internal sealed class TestCatalog : ILedgerCatalog
{
    private static readonly DateOnly Start = new(2018, 1, 1);
    private const Dimension Budget = Dimension.FundSource | Dimension.BudgetItem | Dimension.Sector;

    private readonly List<Account> _accounts =
    [
        new("111", "Tiền mặt", null, false, Dimension.None, Start, null, "TT 107", "V"),
        new("1111", "Tiền Việt Nam", "111", false, Dimension.None, Start, null, "TT 107", "V"),
        new("3371", "Kinh phí hoạt động bằng tiền", null, false, Dimension.None, Start, null, "TT 107", "V"),
        new("5111", "Thường xuyên", null, false, Dimension.FundSource | Dimension.Sector, Start, null, "TT 107", "U"),
        new("61112", "Chi phí vật tư", null, false, Budget, Start, null, "TT 107", "U"),
        new("3318", "Tài khoản đã bỏ", null, false, Dimension.None, Start, new DateOnly(2024, 12, 31), "test", "U"),
        new("008212", "Thực chi", null, true, Budget, Start, null, "TT 107", "U"),
    ];

    public HashSet<(string, int, int)> Locked { get; } = [];

    public Account? FindAccount(string code, DateOnly date) => _accounts.Find(a => a.Code == code && a.IsValidOn(date));

    public bool AccountExists(string code) => _accounts.Exists(a => a.Code == code);

    public bool IsLeaf(string code, DateOnly date) => !_accounts.Exists(a => a.ParentCode == code && a.IsValidOn(date));

    public bool IsVoucherType(string code, DateOnly date) => code is "PC" or "PT" or "RDT" or "CTK";

    public bool IsFundSource(string code, DateOnly date) => code is "NSNN" or "DANGPHI";

    public bool IsBudgetItem(string code, DateOnly date) => code is "6501" or "6551" or "6001";

    public bool IsSector(string code, DateOnly date) => code == "340-351";

    public bool UnitExists(string unitCode) => unitCode is "VPTU" or "DUK";

    public bool IsUnitActive(string unitCode, DateOnly date) => unitCode == "VPTU" || date <= new DateOnly(2025, 6, 30);

    public bool IsPeriodLocked(string unitCode, int year, int month) => Locked.Contains((unitCode, year, month));
}

using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Budgeting;

/// <summary>The TT 107 accounts the payment vouchers use, with their parents, for VoucherRules.</summary>
internal sealed class FakeLedgerCatalog : ILedgerCatalog
{
    private static readonly string[] Codes =
    [
        "1111", "1121", "141", "3341", "3371", "5111", "5112", "61111", "61112", "61118", "61121", "61122", "61128",
        "008", "0081", "00811", "008111", "008112", "00812", "008121", "008122",
        "0082", "00821", "008211", "008212", "00822", "008221", "008222",
        "012", "0121", "01211", "01212", "0122", "01221", "01222",
    ];

    public Account? FindAccount(string code, DateOnly date) => Codes.Contains(code)
        ? new Account(code, code, null, code.StartsWith('0'),
            code.StartsWith('0') || code.StartsWith("611", StringComparison.Ordinal) ? Dimension.FundSource | Dimension.BudgetItem | Dimension.Sector : Dimension.None,
            new DateOnly(2018, 1, 1), null, "TT 107/2017", "U")
        : null;

    public bool IsLeaf(string code, DateOnly date) => !Codes.Any(c => c.Length > code.Length && c.StartsWith(code, StringComparison.Ordinal));

    public bool IsVoucherType(string code, DateOnly date) => code is "RDT" or "PC" or "UNC" or "PKT" or "DTG" or "CTK" or "GBC";

    public bool IsFundSource(string code, DateOnly date) => code is "12" or "NSNN";

    public bool IsBudgetItem(string code, DateOnly date) => code.Length == 4;

    public bool IsSector(string code, DateOnly date) => code == "340-351";

    public bool UnitExists(string unitCode) => unitCode is "VPTU" or "BTC";

    public bool IsUnitActive(string unitCode, DateOnly date) => true;

    public bool IsPeriodLocked(string unitCode, int year, int month) => false;
}

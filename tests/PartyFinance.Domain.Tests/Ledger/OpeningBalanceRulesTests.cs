using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Ledger;

public class OpeningBalanceRulesTests
{
    private readonly TestCatalog _catalog = new();

    private string[] Codes(params OpeningBalanceLine[] lines) => OpeningBalanceRules.Check(lines, _catalog).Select(e => e.Code).ToArray();

    [Fact]
    public void Check_WhenDebitsEqualCreditsPerUnit_Accepts() =>
        Assert.Empty(Codes(new("VPTU", 2025, "1111", 100, 0, 2), new("VPTU", 2025, "3371", 0, 100, 3), new("VPTU", 2025, "008212", 40, 0, 4)));

    [Fact]
    public void Check_WhenUnbalanced_RefusesNamingTheUnit()
    {
        var e = Assert.Single(OpeningBalanceRules.Check([new("VPTU", 2025, "1111", 100, 0, 2), new("VPTU", 2025, "3371", 0, 90, 3)], _catalog));
        Assert.Equal(LedgerErrors.OpeningUnbalanced, e.Code);
        Assert.Contains("VPTU", e.Message);
    }

    [Fact]
    public void Check_OffBalanceCredit_NonLeafAndUnknownUnit_AreEachRefused()
    {
        var codes = Codes(new("VPTU", 2025, "008212", 0, 5, 2), new("VPTU", 2025, "111", 5, 0, 3), new("XX", 2025, "3371", 0, 5, 4));
        Assert.Contains(LedgerErrors.OpeningOffBalanceCredit, codes);
        Assert.Contains(LedgerErrors.AccountNotLeaf, codes);
        Assert.Contains(LedgerErrors.UnitUnknown, codes);
    }
}

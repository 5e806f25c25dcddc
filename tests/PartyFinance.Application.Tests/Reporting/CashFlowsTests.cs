using PartyFinance.Application.Reporting;

namespace PartyFinance.Application.Tests.Reporting;

/// <summary>Cash lines split by the contra account of their entry.</summary>
public sealed class CashFlowsTests
{
    private static CashFlows.Line L(long voucher, string account, long debit, long credit, bool off = false) => new(voucher, account, debit, credit, off);

    [Fact]
    public void OneCashCreditAgainstTwoDebits_GivesEachDebitItsOwnAmount_AndTransfersBetweenCashAccountsAreNoFlow()
    {
        var flows = CashFlows.Split(
        [
            L(1, "61112", 600, 0), L(1, "1371", 400, 0), L(1, "1111", 0, 1000), L(1, "008212", 0, 1000, off: true),
            L(2, "1121", 300, 0), L(2, "1111", 0, 300),
            L(3, "1111", 250, 0), L(3, "3371", 0, 250), L(3, "61112", 50, 0), L(3, "1121", 0, 50),
        ], ["111", "112"]);
        Assert.Equal([new CashFlow("1371", 0, 400), new CashFlow("3371", 250, 0), new CashFlow("61112", 0, 650)], flows);
    }

    [Fact]
    public void AnEntryWithCashOnBothSidesOfUnevenLines_SharesByAmount_WithNothingLostToRounding()
    {
        var flows = CashFlows.Split([L(1, "1111", 100, 0), L(1, "1121", 0, 1), L(1, "3371", 0, 33), L(1, "5111", 0, 66)], ["111", "112"]);
        Assert.Equal(99, flows.Sum(f => f.In));
        Assert.Equal(0, flows.Sum(f => f.Out));
    }
}

using PartyFinance.Application.Ledger;

namespace PartyFinance.Application.Tests.Ledger;

public class TrialBalanceTests
{
    [Fact]
    public void From_PutsClosingOnTheSideWhereTheBalanceLies()
    {
        var tb = TrialBalance.From(2025, null,
        [
            new AccountMovement("1111", "Tiền mặt", false, 100, 0, 50, 170),
            new AccountMovement("3371", "Kinh phí", false, 0, 100, 170, 50),
            new AccountMovement("008212", "Thực chi", true, 0, 0, 900, 300),
        ]);
        Assert.Equal((0L, 20L), (tb.OnBalance[0].ClosingDebit, tb.OnBalance[0].ClosingCredit));
        Assert.Equal((20L, 0L), (tb.OnBalance[1].ClosingDebit, tb.OnBalance[1].ClosingCredit));
        Assert.Equal(600, Assert.Single(tb.OffBalance).ClosingDebit);
        Assert.Equal(tb.TotalClosingDebit, tb.TotalClosingCredit);
    }

    [Fact]
    public void GeneralLedger_RunsTheBalanceFromTheOpening()
    {
        var d = new DateOnly(2025, 1, 5);
        var gl = GeneralLedger.Build("1111", 2025, null, 100, 0, [(d, "N1", "a", "1111", 50, 0), (d, "N2", "b", "1111", 0, 200)]);
        Assert.Equal([(150L, 0L), (0L, 50L)], gl.Lines.Select(l => (l.BalanceDebit, l.BalanceCredit)));
    }
}

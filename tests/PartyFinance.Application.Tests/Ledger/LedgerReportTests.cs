using PartyFinance.Application.Ledger;

namespace PartyFinance.Application.Tests.Ledger;

public sealed class LedgerReportTests
{
    [Fact]
    public void ContraAccounts_PairEachEntryOfAVoucher_NotEveryLineOnTheOtherSide()
    {
        var contra = ContraAccounts.Of(
        [
            new("61112", 100, 0, false), new("1111", 0, 100, false),
            new("3371", 100, 0, false), new("5111", 0, 100, false),
            new("008212", 0, 100, true),
        ]);
        Assert.Equal(["1111"], contra[0]);
        Assert.Equal(["61112"], contra[1]);
        Assert.Equal(["5111"], contra[2]);
        Assert.Equal(["3371"], contra[3]);
        Assert.Empty(contra[4]);
    }

    [Fact]
    public void ContraAccounts_OfACompoundEntry_ListEveryAccountOnTheOtherSide()
    {
        var contra = ContraAccounts.Of([new("6111", 70, 0, false), new("6112", 30, 0, false), new("1111", 0, 100, false)]);
        Assert.Equal(["6111", "6112"], contra[2]);
        Assert.Equal(["1111"], contra[0]);
    }

    [Fact]
    public void ReportPeriod_StaysInOneYear_AndNamesItselfInVietnamese()
    {
        Assert.Equal("năm 2025", ReportPeriod.WholeYear(2025).Label);
        Assert.Equal("tháng 02/2025", ReportPeriod.Month(2025, 2).Label);
        Assert.Equal(new DateOnly(2025, 2, 28), ReportPeriod.Month(2025, 2).To);
        Assert.True(ReportPeriod.Month(2025, 2).IsWholeMonths);
        var range = ReportPeriod.Range(new DateOnly(2025, 3, 5), null)!;
        Assert.Equal((new DateOnly(2025, 12, 31), false), (range.To, range.IsWholeMonths));
        Assert.Equal("từ 05/03/2025 đến 31/12/2025", range.Label);
        Assert.Null(ReportPeriod.Range(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)));
        Assert.Null(ReportPeriod.Range(new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void TrialBalanceTree_SumsSubAccountsIntoEveryParent_AndQualifiesSharedNames()
    {
        var chart = new Dictionary<string, ChartAccount>
        {
            ["111"] = new("111", "Tiền mặt", null, false),
            ["1111"] = new("1111", "Tiền Việt Nam", "111", false),
            ["1112"] = new("1112", "Ngoại tệ", "111", false),
            ["112"] = new("112", "Tiền gửi", null, false),
            ["1121"] = new("1121", "Tiền Việt Nam", "112", false),
            ["138"] = new("138", "Phải thu khác", null, false),
            ["1388"] = new("1388", "Phải thu khác", "138", false),
        };
        var rows = new[]
        {
            new TrialBalanceRow("1111", "x", false, 10, 0, 5, 1, 14, 0),
            new TrialBalanceRow("1112", "x", false, 1, 0, 0, 0, 1, 0),
            new TrialBalanceRow("1121", "x", false, 2, 0, 0, 0, 2, 0),
            new TrialBalanceRow("1388", "x", false, 0, 0, 3, 0, 3, 0),
        };
        var lines = TrialBalanceTree.Build(rows, chart);
        Assert.Equal(["111", "1111", "1112", "112", "1121", "138", "1388"], lines.Select(l => l.Row.Account));
        var cash = lines[0];
        Assert.Equal((true, 11L, 5L, 1L, 15L), (cash.IsParent, cash.Row.OpeningDebit, cash.Row.Debit, cash.Row.Credit, cash.Row.ClosingDebit));
        Assert.Equal("Tiền Việt Nam (Tiền mặt)", lines[1].Row.Name);
        Assert.Equal("Tiền Việt Nam (Tiền gửi)", lines[4].Row.Name);
        Assert.Equal("Phải thu khác (chi tiết TK 138)", lines[6].Row.Name);
        Assert.Equal((1, false), (lines[1].Depth, lines[1].IsParent));
    }
}

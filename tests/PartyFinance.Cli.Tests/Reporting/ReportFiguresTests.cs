using System.Text.Json;
using static PartyFinance.Cli.Tests.Reporting.ReportScenario;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>Each report's numbers on the hand-worked year (<see cref="ReportScenario"/>), and their agreement with the trial balance.</summary>
public sealed class ReportFiguresTests
{
    private static Task<JsonElement> ShowAsync(CliRunner cli, string code, string? unit = "VPTU") =>
        unit is null ? cli.JsonAsync("report", "show", code, "--year", "2025") : cli.JsonAsync("report", "show", code, "--year", "2025", "--unit", unit);

    [Fact]
    public async Task B01_HoldsTheHandWorkedBalances_AndAssetsEqualSources()
    {
        await using var cli = await BooksAsync();
        var b01 = await ShowAsync(cli, "B01-BCTC");
        (string Line, long End, long Start)[] expected =
        [
            ("110", 22_000_000, 10_000_000), ("134", 3_000_000, 0), ("100", 25_000_000, 10_000_000), ("192", 50_000_000, 50_000_000),
            ("193", -10_000_000, -10_000_000), ("190", 40_000_000, 40_000_000), ("230", 65_000_000, 50_000_000), ("253", 65_000_000, 50_000_000),
            ("282", 0, 0), ("300", 65_000_000, 50_000_000),
        ];
        Assert.Equal(expected, expected.Select(e => (e.Line, Value(b01, e.Line, "end"), Value(b01, e.Line, "start"))));
        Assert.Empty(b01.GetProperty("notes").EnumerateArray());
        Assert.Equal("B01/BCTC", b01.GetProperty("form").GetString());
        Assert.Equal("509", b01.GetProperty("chapter").GetString());
    }

    [Fact]
    public async Task B01_ForTheProvince_SumsEveryUnit()
    {
        await using var cli = await BooksAsync();
        var province = await ShowAsync(cli, "B01-BCTC", null);
        Assert.Equal(23_000_000, Value(province, "110", "end"));
        Assert.Equal(66_000_000, Value(province, "300", "end"));
        Assert.Equal("509, 819", province.GetProperty("chapter").GetString());
    }

    [Fact]
    public async Task B02_LeavesOutTheYearEndClosingInto911_SoTheYearsResultsStay()
    {
        await using var cli = await BooksAsync();
        var b02 = await ShowAsync(cli, "B02-BCTC");
        Assert.Equal([67_000_000L, 67_000_000, 67_000_000, 0, 67_000_000, 0, 0],
            new[] { "400", "411", "450", "451", "452", "500", "525" }.Select(l => Value(b02, l, "year")));
        Assert.Equal(0, Value(b02, "400", "prior"));

        // The closing vouchers themselves are in the trial balance: revenue and expense accounts end at zero.
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", "VPTU");
        var revenue = tb.GetProperty("on_balance").EnumerateArray().Single(r => r.GetProperty("account").GetString() == "5111");
        Assert.Equal((67_000_000L, 67_000_000L, 0L), (revenue.GetProperty("debit").GetInt64(), revenue.GetProperty("credit").GetInt64(), revenue.GetProperty("closing_credit").GetInt64()));
    }

    [Fact]
    public async Task B03_SplitsCashByContraAccount_AndEndsAtTheCashOfTheBooks()
    {
        await using var cli = await BooksAsync();
        var b03 = await ShowAsync(cli, "B03-BCTC");
        Assert.Equal([20_000_000L, 0, 5_000_000, 3_000_000, 12_000_000, 0, 12_000_000, 10_000_000, 22_000_000],
            new[] { "01", "05", "22", "24", "30", "40", "60", "70", "80" }.Select(l => Value(b03, l, "year")));
        Assert.Empty(b03.GetProperty("notes").EnumerateArray());
        var b01 = await ShowAsync(cli, "B01-BCTC");
        Assert.Equal(Value(b01, "110", "end"), Value(b03, "80", "year"));
    }

    [Fact]
    public async Task TrialBalanceReport_AgreesWithLedgerTrialBalance_ToTheDong()
    {
        await using var cli = await BooksAsync();
        var report = await ShowAsync(cli, "trial-balance", null);
        var ledger = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025");
        string[] keys = ["opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit"];
        foreach (var section in new[] { "on_balance", "off_balance", "on_balance_parents", "off_balance_parents" })
        {
            foreach (var row in ledger.GetProperty(section).EnumerateArray())
            {
                var account = row.GetProperty("account").GetString()!;
                Assert.Equal(keys.Select(k => row.GetProperty(k).GetInt64()), keys.Select(k => Value(report, account, k)));
            }
        }

        Assert.Equal(Value(report, "total", "closing_debit"), Value(report, "total", "closing_credit"));
    }

    [Fact]
    public async Task SettlementAndEstimateBook_ReadTheEstimateBooks()
    {
        await using var cli = await BooksAsync();
        var b01 = await ShowAsync(cli, "B01-BCQT");
        Assert.Equal([8_000_000L, 150_000_000, 158_000_000, 67_000_000, 15_000_000, 76_000_000, 67_000_000],
            new[] { "01", "02", "03", "04", "05", "06", "25" }.Select(l => Value(b01, l, "total")));
        Assert.Equal(67_000_000, Value(b01, "04", "autonomous"));
        Assert.Equal(0, Value(b01, "04", "non-autonomous"));

        var book = await ShowAsync(cli, "estimate-book");
        var rows = book.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([(100_000_000L, 0L, 60_000_000L, 40_000_000L), (50_000_000, 15_000_000, 5_000_000, 30_000_000), (8_000_000, 0, 2_000_000, 6_000_000), (158_000_000, 15_000_000, 67_000_000, 76_000_000)],
            rows.Select(r => r.GetProperty("values")).Select(v => (v.GetProperty("estimate").GetInt64(), v.GetProperty("advanced").GetInt64(), v.GetProperty("spent").GetInt64(), v.GetProperty("balance").GetInt64())));
        Assert.Equal("Năm trước chuyển sang", rows[2].GetProperty("label").GetString());
    }

    [Fact]
    public async Task F0101_SpendsByChapterSectorItemAndSubItem_WithTheFundingColumns()
    {
        await using var cli = await BooksAsync();
        var f = await ShowAsync(cli, "F01-01-BCQT");
        Assert.Equal(
            [("509", "Văn phòng Tỉnh ủy", 67_000_000L), ("509/340-351", "Hoạt động của Đảng Cộng sản Việt Nam", 67_000_000), ("509/340-351/6000", "Tiền lương", 60_000_000),
             ("509/340-351/6000/6001", "Lương theo ngạch, bậc", 60_000_000), ("509/340-351/6550", "Vật tư văn phòng", 7_000_000),
             ("509/340-351/6550/6551", "Văn phòng phẩm", 7_000_000), ("total", "Tổng cộng", 67_000_000)],
            f.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("line").GetString(), r.GetProperty("label").GetString(), r.GetProperty("values").GetProperty("total").GetInt64())));
        Assert.Equal(67_000_000, Value(f, "total", "domestic"));
        Assert.Equal(0, Value(f, "total", "fees"));
    }

    [Fact]
    public async Task BudgetExecution_IsBudgetStatusPerUnitAndLine()
    {
        await using var cli = await BooksAsync();
        var status = await cli.JsonAsync("budget", "status", "--year", "2025", "--unit", "VPTU");
        var report = await ShowAsync(cli, "budget-execution");
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        string[] keys = ["allocated", "adjustments", "committed", "spent", "advanced", "available"];
        Assert.Equal(status.EnumerateArray().Select(s => keys.Select(k => s.GetProperty(k).GetInt64()).ToList()),
            rows.SkipLast(1).Select(r => keys.Select(k => r.GetProperty("values").GetProperty(k).GetInt64()).ToList()), new SequenceComparer());
        Assert.Equal(status.EnumerateArray().Sum(s => s.GetProperty("available").GetInt64()), rows[^1].GetProperty("values").GetProperty("available").GetInt64());
    }

    [Fact]
    public async Task CashBook_IsTheGeneralLedgerOf111_ClosingAtTheTrialBalance()
    {
        await using var cli = await BooksAsync();
        var book = await ShowAsync(cli, "cash-book");
        var rows = book.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("Tài khoản 111 — Tiền mặt", rows[0].GetProperty("label").GetString());
        var closing = rows.Single(r => r.GetProperty("label").GetString() == "Số dư cuối kỳ");
        Assert.Equal(22_000_000, closing.GetProperty("values").GetProperty("balance_debit").GetInt64());
        var advance = rows.Single(r => r.GetProperty("label").GetString() == "-Tạm ứng công tác phí");
        Assert.Equal(("141 [1111]", 3_000_000L), (advance.GetProperty("texts").GetProperty("contra").GetString(), advance.GetProperty("values").GetProperty("credit").GetInt64()));

        var advances = await ShowAsync(cli, "advance-book");
        Assert.Equal(3_000_000, advances.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == "Số dư cuối kỳ").GetProperty("values").GetProperty("balance_debit").GetInt64());
    }

    private sealed class SequenceComparer : IEqualityComparer<List<long>>
    {
        public bool Equals(List<long>? x, List<long>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<long> obj) => obj.Count;
    }
}

using System.Text.Json;
using PartyFinance.Cli.Tests.Ledger;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>
/// `report show … --consolidated`: each unit's report under the provincial office, then the total, on the
/// small province of <see cref="CloseYearCliTests"/> (VPTU and BTC under it).
/// </summary>
public sealed class ConsolidatedReportCliTests
{
    [Theory]
    [InlineData("trial-balance")]
    [InlineData("B01-BCTC")]
    [InlineData("B02-BCTC")]
    public async Task EachUnitsBlock_IsItsOwnReport_AndTheTotal_IsTheProvincesReport(string code)
    {
        await using var cli = await CloseYearCliTests.SetUpAsync();

        var consolidated = await cli.JsonAsync("report", "show", code, "--year", "2026", "--consolidated");

        Assert.Equal("unit", consolidated.GetProperty("columns")[0].GetProperty("key").GetString());
        Assert.Equal(Values(await cli.JsonAsync("report", "show", code, "--year", "2026", "--unit", "VPTU")), Values(consolidated, "VPTU"));
        Assert.Equal(Values(await cli.JsonAsync("report", "show", code, "--year", "2026", "--unit", "BTC")), Values(consolidated, "BTC"));
        Assert.Equal(Values(await cli.JsonAsync("report", "show", code, "--year", "2026")), Values(consolidated, "Tổng cộng"));
        Assert.Contains("TỔNG CỘNG (2 đơn vị)", consolidated.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task B02Total_AddsTheUnits_ByHand()
    {
        await using var cli = await CloseYearCliTests.SetUpAsync();
        await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan");

        var b02 = await cli.JsonAsync("report", "show", "B02-BCTC", "--year", "2026", "--by-unit");

        // VPTU: revenue 5.000.000, costs 3.000.000; BTC: wear revenue and cost 2.700.000 each.
        Assert.Equal(5_000_000, Value(b02, "VPTU", "400"));
        Assert.Equal(2_700_000, Value(b02, "BTC", "400"));
        Assert.Equal(7_700_000, Value(b02, "Tổng cộng", "400"));
        Assert.Equal(5_700_000, Value(b02, "Tổng cộng", "450"));
        Assert.Equal(2_000_000, Value(b02, "Tổng cộng", "500"));
    }

    [Fact]
    public async Task BudgetExecution_TotalsEachBudgetLineAcrossTheUnits_AndAUnitsViewCoversItAndWhatIsBelowIt()
    {
        await using var cli = await CloseYearCliTests.SetUpAsync();
        await cli.JsonAsync("budget", "import", cli.File("btc.csv",
            "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nBTC,2026,NSNN,autonomous,340-351,6551,4000000,2/QĐ-BTC,2026-01-05\n"), "--by", "ketoan");

        var execution = await cli.JsonAsync("report", "show", "budget-execution", "--year", "2026", "--consolidated");
        var total = Rows(execution, "Tổng cộng").Single(r => r.GetProperty("texts").TryGetProperty("budget_item", out var item) && item.GetString() == "6551");
        Assert.Equal(14_000_000, total.GetProperty("values").GetProperty("allocated").GetInt64());
        Assert.Equal(3_000_000, total.GetProperty("values").GetProperty("spent").GetInt64());

        var btc = await cli.JsonAsync("report", "show", "B02-BCTC", "--year", "2026", "--unit", "BTC", "--consolidated");
        Assert.Empty(Rows(btc, "VPTU"));
        Assert.Equal(Values(btc, "BTC"), Values(btc, "Tổng cộng"));

        var (code, _, error) = await cli.RunAsync("report", "show", "B02-BCTC", "--year", "2026", "--unit", "XYZ", "--consolidated");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[ledger.unit-unknown]", error, StringComparison.Ordinal);
    }

    private static List<JsonElement> Rows(JsonElement report, string unit) => report.GetProperty("rows").EnumerateArray()
        .Where(r => r.TryGetProperty("texts", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("unit", out var u) && u.GetString() == unit).ToList();

    private static long Value(JsonElement report, string unit, string line) =>
        Rows(report, unit).Single(r => r.GetProperty("line").GetString() == line).GetProperty("values").GetProperty("year").GetInt64();

    /// <summary>Line, label and values of every row (of one unit's block when <paramref name="unit"/> is given).</summary>
    private static List<string> Values(JsonElement report, string? unit = null) =>
        (unit is null ? report.GetProperty("rows").EnumerateArray().ToList() : Rows(report, unit))
        .Select(r => $"{r.GetProperty("line").GetString()}|{r.GetProperty("label").GetString()}|{r.GetProperty("values")}").ToList();
}

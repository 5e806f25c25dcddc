using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using static PartyFinance.Cli.Tests.Reporting.ReportScenario;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>`report list` and `report show` as text, JSON and CSV; refusals; the same figures on PostgreSQL.</summary>
public sealed class ReportCliTests
{
    [Fact]
    public async Task List_NamesEveryReportWithItsFormAndVerifiedMark()
    {
        await using var cli = await CliRunner.StartAsync();
        var list = (await cli.JsonAsync("report", "list")).EnumerateArray().ToList();
        Assert.Equal(["trial-balance", "general-ledger", "cash-book", "bank-book", "advance-book", "estimate-book", "B01-BCTC", "B02-BCTC", "B03-BCTC", "B04-BCTC", "B01-BCQT", "F01-01-BCQT", "F01-02-BCQT", "budget-execution",
            "asset-register", "asset-movement", "asset-wear"],
            list.Select(r => r.GetProperty("code").GetString()));
        var b01 = list.Single(r => r.GetProperty("code").GetString() == "B01-BCTC");
        Assert.Equal(("B01/BCTC", "Báo cáo tình hình tài chính", "V"), (b01.GetProperty("form").GetString(), b01.GetProperty("name").GetString(), b01.GetProperty("verified").GetString()));
        Assert.Equal("U", list.Single(r => r.GetProperty("code").GetString() == "B01-BCQT").GetProperty("verified").GetString());

        var text = await cli.MustSucceedAsync("report", "list");
        Assert.Contains("B01-BCTC       B01/BCTC", text, StringComparison.Ordinal);
        Assert.Contains("17 báo cáo.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AsText_HasTheTitleLineCodesAndVietnameseAmounts()
    {
        await using var cli = await BooksAsync();
        var text = await cli.MustSucceedAsync("report", "show", "B01-BCTC", "--year", "2025", "--unit", "VPTU");
        Assert.StartsWith("BÁO CÁO TÌNH HÌNH TÀI CHÍNH (mẫu B01/BCTC) — năm 2025 — Văn phòng Tỉnh ủy, chương 509", text, StringComparison.Ordinal);
        var total = text.Split('\n').Single(l => l.StartsWith("TỔNG CỘNG TÀI SẢN", StringComparison.Ordinal));
        Assert.Contains("230", total, StringComparison.Ordinal);
        Assert.Contains("65.000.000", total, StringComparison.Ordinal);
        Assert.Contains("-10.000.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AsCsv_HasOneColumnPerReportColumn_AndPlainIntegers()
    {
        await using var cli = await BooksAsync();
        var csv = (await cli.MustSucceedAsync("report", "show", "B02-BCTC", "--year", "2025", "--unit", "VPTU", "--format", "csv")).Split("\r\n");
        Assert.Equal("label,line,year,prior", csv[0]);
        Assert.Contains("1. Doanh thu từ kinh phí NSNN cấp,411,67000000,0", csv);
    }

    [Theory]
    [InlineData("B99", "VPTU", "report.unknown")]
    [InlineData("B01-BCTC", "NOWHERE", "ledger.unit-unknown")]
    public async Task Show_RefusesAnUnknownReportOrUnit(string report, string unit, string code)
    {
        await using var cli = await BooksAsync();
        var (actual, output, err) = await cli.RunAsync("report", "show", report, "--year", "2025", "--unit", unit);
        Assert.Equal(ExitCodes.Refused, actual);
        Assert.Empty(output);
        Assert.Contains($"[{code}]", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_OfAYearBeforeTheForm_SaysNoFormApplies()
    {
        await using var cli = await BooksAsync();
        var (code, _, err) = await cli.RunAsync("report", "show", "B01-BCTC", "--year", "2024");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[report.not-in-force]", err, StringComparison.Ordinal);
    }

    [PostgresFact]
    public Task OnPostgreSql_TheBooksReadAsOnSqlite_AndStreamIntoTheWorkbook() => TheBooksReadAsOnSqlite_AndStreamIntoTheWorkbookOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_TheBooksReadAsOnSqlite_AndStreamIntoTheWorkbook() => TheBooksReadAsOnSqlite_AndStreamIntoTheWorkbookOn(DatabaseProvider.SqlServer);

    private async Task TheBooksReadAsOnSqlite_AndStreamIntoTheWorkbookOn(DatabaseProvider provider)
    {
        await using var pg = await CliRunner.StartAsync(provider);
        Assert.Equal(0, (await pg.RunAsync("unit", "import", pg.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        await pg.MustSucceedAsync("balance", "import", pg.File("openings.csv", Openings));
        await pg.MustSucceedAsync("voucher", "import", pg.File("vouchers.csv", Vouchers));
        await using var sqlite = await BooksAsync();
        foreach (var code in new[] { "cash-book", "general-ledger" })
        {
            var onPg = await pg.JsonAsync("report", "show", code, "--year", "2025");
            var onSqlite = await sqlite.JsonAsync("report", "show", code, "--year", "2025");
            Assert.Equal(onSqlite.GetProperty("rows").GetRawText(), onPg.GetProperty("rows").GetRawText());
        }

        var path = pg.File("pg.xlsx", string.Empty);
        var export = await pg.JsonAsync("report", "export", "--year", "2025", "--reports", "cash-book", "--out", path);
        var shown = await pg.JsonAsync("report", "show", "cash-book", "--year", "2025");
        Assert.Equal(shown.GetProperty("rows").GetArrayLength(), export.GetProperty("sheets")[0].GetProperty("rows").GetInt32());
    }

    [PostgresFact]
    public Task OnPostgreSql_TheStatementsGiveTheSameFigures() => TheStatementsGiveTheSameFiguresOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_TheStatementsGiveTheSameFigures() => TheStatementsGiveTheSameFiguresOn(DatabaseProvider.SqlServer);

    private async Task TheStatementsGiveTheSameFiguresOn(DatabaseProvider provider)
    {
        await using var cli = await CliRunner.StartAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        await cli.MustSucceedAsync("balance", "import", cli.File("openings.csv", Openings));
        await cli.MustSucceedAsync("voucher", "import", cli.File("vouchers.csv", Vouchers));
        var b01 = await cli.JsonAsync("report", "show", "B01-BCTC", "--year", "2025", "--unit", "VPTU");
        var b02 = await cli.JsonAsync("report", "show", "B02-BCTC", "--year", "2025", "--unit", "VPTU");
        var f01 = await cli.JsonAsync("report", "show", "F01-01-BCQT", "--year", "2025", "--unit", "VPTU");
        Assert.Equal((65_000_000L, 67_000_000L, 67_000_000L), (Value(b01, "300", "end"), Value(b02, "411", "year"), Value(f01, "total", "total")));
    }

    [Fact]
    public async Task TheBooks_ListVouchersPostedOutOfDateOrder_ByDateThenPostingOrder_WithTheirRunningBalance()
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        await cli.MustSucceedAsync("balance", "import", cli.File("openings.csv", Openings));
        // Posted (numbered) in this order: March, then two backdated January vouchers, then February, then January again.
        await cli.MustSucceedAsync("voucher", "import", cli.File("vouchers.csv", """
            key,date,unit,type,description,account,debit,credit
            a,10/03/2025,VPTU,PT,Tháng ba,1111,4000000,
            a,10/03/2025,VPTU,PT,,3371,,4000000
            b,05/01/2025,VPTU,PT,Tháng một (1),1111,1000000,
            b,05/01/2025,VPTU,PT,,3371,,1000000
            c,20/02/2025,VPTU,PT,Tháng hai,1111,3000000,
            c,20/02/2025,VPTU,PT,,3371,,3000000
            d,05/01/2025,VPTU,PT,Tháng một (2),1111,2000000,
            d,05/01/2025,VPTU,PT,,3371,,2000000
            """));

        foreach (var code in new[] { "cash-book", "general-ledger" })
        {
            var book = await cli.JsonAsync("report", "show", code, "--year", "2025", "--unit", "VPTU");
            var lines = book.GetProperty("rows").EnumerateArray().Where(r => r.TryGetProperty("texts", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("number", out _))
                .Select(r => (r.GetProperty("label").GetString(), r.GetProperty("values").GetProperty("balance_debit").GetInt64())).Take(4).ToList();
            Assert.Equal([("Tháng một (1)", 11_000_000L), ("Tháng một (2)", 13_000_000L), ("Tháng hai", 16_000_000L), ("Tháng ba", 20_000_000L)], lines);
        }
    }
}

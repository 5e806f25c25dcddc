using System.Text.Json;

namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>Ledger reports over a year, a month or a date range; the Sổ cái layout; parent totals; CSV output.</summary>
public sealed class LedgerReportCliTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n";
    private const string Vouchers = """
        key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
        k0,05/01/2025,VPTU,DTG,Nhận dự toán năm 2025,008212,20.000.000,,NSNN,6551,340-351
        k1,2025-02-03,VPTU,RDT,Rút dự toán về quỹ,1111,5000000,,,,
        k1,2025-02-03,VPTU,RDT,,3371,,5000000,,,
        k1,2025-02-03,VPTU,RDT,,008212,,5000000,NSNN,6551,340-351
        k2,2025-02-10,VPTU,PC,"Mua văn phòng phẩm, mực in",61112,1234567,,NSNN,6551,340-351
        k2,2025-02-10,VPTU,PC,,1111,,1234567,,,
        k2,2025-02-10,VPTU,PC,,3371,1234567,,,,
        k2,2025-02-10,VPTU,PC,,5111,,1234567,NSNN,,340-351
        k3,2025-03-05,VPTU,PC,Tiền điện tháng 3,61112,200000,,NSNN,6551,340-351
        k3,2025-03-05,VPTU,PC,,1111,,200000,,,
        k3,2025-03-05,VPTU,PC,,3371,200000,,,,
        k3,2025-03-05,VPTU,PC,,5111,,200000,NSNN,,340-351
        """;

    private static async Task<CliRunner> BooksAsync()
    {
        var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync("voucher", "import", cli.File("v.csv", Vouchers));
        Assert.True(code == 0, err);
        return cli;
    }

    private static JsonElement Row(JsonElement tb, string account) =>
        tb.GetProperty("on_balance").EnumerateArray().Single(r => r.GetProperty("account").GetString() == account);

    private static long[] Figures(JsonElement row) =>
        new[] { "opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit" }.Select(f => row.GetProperty(f).GetInt64()).ToArray();

    [Fact]
    public async Task TrialBalance_ForAMonth_AgreesWithTheSameDatesAsARange_AndOpensWithWhatCameBefore()
    {
        await using var cli = await BooksAsync();
        var month = await cli.JsonAsync("ledger", "trial-balance", "--month", "03/2025");
        var range = await cli.JsonAsync("ledger", "trial-balance", "--from", "2025-03-01", "--to", "31/03/2025");
        Assert.Equal(Figures(Row(month, "1111")), Figures(Row(range, "1111")));
        Assert.Equal([3_765_433L, 0, 0, 200_000, 3_565_433, 0], Figures(Row(month, "1111")));

        var midFebruary = await cli.JsonAsync("ledger", "trial-balance", "--from", "2025-02-05");
        Assert.Equal([5_000_000L, 0, 0, 1_434_567, 3_565_433, 0], Figures(Row(midFebruary, "1111")));
        Assert.Equal(Figures(Row(await cli.JsonAsync("ledger", "trial-balance", "--year", "2025"), "1111"))[4], Figures(Row(midFebruary, "1111"))[4]);
    }

    [Fact]
    public async Task TrialBalance_ShowsParentAccountTotals_AndNamesThatTellSubAccountsApart()
    {
        await using var cli = await BooksAsync();
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025");
        var parent = tb.GetProperty("on_balance_parents").EnumerateArray().Single(r => r.GetProperty("account").GetString() == "111");
        Assert.DoesNotContain(tb.GetProperty("on_balance").EnumerateArray(), r => r.GetProperty("account").GetString() == "111");
        Assert.Equal(Figures(Row(tb, "1111")), Figures(parent));
        Assert.Equal("Tiền Việt Nam (Tiền mặt)", Row(tb, "1111").GetProperty("name").GetString());
        Assert.Equal("111", Row(tb, "1111").GetProperty("parent").GetString());

        var text = (await cli.RunAsync("ledger", "trial-balance", "--year", "2025")).Out;
        Assert.Contains("Tiền mặt", text, StringComparison.Ordinal);
        var total = text.Split('\n').Single(l => l.StartsWith("Cộng", StringComparison.Ordinal));
        Assert.Contains("7.869.134", total, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneralLedger_HasOpeningContraAccountsMonthlyTotalsAndClosing()
    {
        await using var cli = await BooksAsync();
        var gl = await cli.JsonAsync("ledger", "general", "--account", "1111", "--from", "10/02/2025", "--to", "2025-03-31");
        Assert.Equal(5_000_000, gl.GetProperty("opening_debit").GetInt64());
        Assert.Equal(["61112", "61112"], gl.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("contra").GetString()));
        Assert.Equal([("2025-02", 1_234_567L), ("2025-03", 200_000L)],
            gl.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString(), m.GetProperty("credit").GetInt64())));
        Assert.Equal(3_565_433, gl.GetProperty("closing_debit").GetInt64());

        var text = (await cli.RunAsync("ledger", "general", "--account", "111", "--year", "2025")).Out;
        Assert.Contains("SỔ CÁI", text, StringComparison.Ordinal);
        Assert.Contains("Tài khoản: 111 — Tiền mặt", text, StringComparison.Ordinal);
        Assert.Contains("TK đối ứng", text, StringComparison.Ordinal);
        Assert.Contains("Số dư đầu kỳ", text, StringComparison.Ordinal);
        Assert.Contains("Cộng phát sinh tháng 02/2025", text, StringComparison.Ordinal);
        Assert.Contains("Cộng phát sinh tháng 03/2025", text, StringComparison.Ordinal);
        Assert.Contains("Số dư cuối kỳ", text, StringComparison.Ordinal);
        Assert.Contains("3371 [1111]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_IsRfc4180WithAHeaderAndPlainIntegerAmounts()
    {
        await using var cli = await BooksAsync();
        var (code, csv, err) = await cli.RunAsync("voucher", "list", "--format", "csv");
        Assert.True(code == 0, err);
        var lines = csv.Split("\r\n");
        Assert.Equal("number,key,date,unit,type,description,amount,reverses,reversed_by", lines[0]);
        Assert.Contains("VPTU/PC/2025/000001,k2,2025-02-10,VPTU,PC,\"Mua văn phòng phẩm, mực in\",1234567,,", lines);
        Assert.Equal(string.Empty, lines[^1]);

        var tb = (await cli.RunAsync("ledger", "trial-balance", "--year", "2025", "--format", "csv")).Out.Split("\r\n");
        Assert.StartsWith("section,account,name,parent,is_parent,opening_debit", tb[0], StringComparison.Ordinal);
        Assert.Contains("on-balance,1111,Tiền Việt Nam (Tiền mặt),111,false,0,0,5000000,1434567,3565433,0", tb);
        var gl = (await cli.RunAsync("ledger", "general", "--account", "1111", "--month", "2025-03", "--format", "csv")).Out;
        Assert.Equal("date,number,description,account,contra,debit,credit,balance_debit,balance_credit\r\n2025-03-05,VPTU/PC/2025/000002,Tiền điện tháng 3,1111,61112,0,200000,3565433,0\r\n", gl);
    }

    [Theory]
    [InlineData("ledger", "trial-balance")]
    [InlineData("ledger", "trial-balance", "--year", "2025", "--month", "2025-03")]
    [InlineData("ledger", "trial-balance", "--from", "2025-12-01", "--to", "2026-01-31")]
    [InlineData("ledger", "general", "--account", "1111", "--from", "2025-03-31", "--to", "2025-03-01")]
    [InlineData("ledger", "general", "--account", "1111", "--month", "2025-13")]
    [InlineData("db", "init", "--format", "csv")]
    [InlineData("voucher", "list", "--format", "xml")]
    public async Task BadPeriodOrFormat_IsAUsageError(params string[] args)
    {
        await using var cli = await BooksAsync();
        var (code, _, err) = await cli.RunAsync(args);
        Assert.True(code == ExitCodes.Usage, $"{code}: {err}");
        Assert.StartsWith("Lỗi cú pháp: ", err, StringComparison.Ordinal);
    }
}

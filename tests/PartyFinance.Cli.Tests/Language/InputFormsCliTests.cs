namespace PartyFinance.Cli.Tests.Language;

/// <summary>Dates dd/MM/yyyy or yyyy-MM-dd, months MM/yyyy or yyyy-MM, amounts with thousands dots: on options and in CSV cells alike.</summary>
public sealed class InputFormsCliTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n";

    [Fact]
    public async Task VoucherCsv_TakesVietnameseDatesAndDottedAmounts()
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync("voucher", "import", cli.File("v.csv", """
            key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
            k0,05/01/2025,VPTU,DTG,Nhận dự toán năm 2025,008212,20.000.000,,NSNN,6551,340-351
            k1,03/02/2025,VPTU,RDT,Rút dự toán về quỹ,1111,5.000.000,,,,
            k1,03/02/2025,VPTU,RDT,,3371,,5000000,,,
            k1,03/02/2025,VPTU,RDT,,008212,,5.000.000,NSNN,6551,340-351
            """));
        Assert.True(code == 0, err);
        var list = (await cli.JsonAsync("voucher", "list")).EnumerateArray().Single(v => v.GetProperty("type").GetString() == "RDT");
        Assert.Equal("2025-02-03", list.GetProperty("date").GetString());

        var reversed = await cli.RunAsync("voucher", "reverse", "VPTU/RDT/2025/000001", "--date", "10/02/2025", "--reason", "Nhầm");
        Assert.True(reversed.Code == 0, reversed.Err);
        Assert.Contains("10/02/2025", reversed.Out, StringComparison.Ordinal);

        var locked = await cli.RunAsync("period", "lock", "--unit", "VPTU", "--month", "01/2025");
        Assert.True(locked.Code == 0, locked.Err);
        Assert.Contains("01/2025", locked.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoucherCsv_RefusesADecimalLookingAmount_NamingRowAndColumn()
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync("voucher", "import", cli.File("v.csv", """
            key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
            k1,2025-02-03,VPTU,PC,Chi,61112,1.5,,NSNN,6551,340-351
            k1,2025-02-03,VPTU,PC,,1111,,1.5,,,
            """));
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("'1.5' không rõ nghĩa", err, StringComparison.Ordinal);
        Assert.Contains("debit", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150.000.000")]
    [InlineData("150000000")]
    public async Task AmountOption_TakesDigitsOrThousandsDots(string value)
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, output, err) = await cli.RunAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "VPTU", "--amount", value, "--date", "01/03/2025");
        Assert.NotEqual(ExitCodes.Usage, code);
        Assert.DoesNotContain("Lỗi cú pháp", err + output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", "không rõ nghĩa")]
    [InlineData("mười", "số nguyên đồng")]
    public async Task AmountOption_RefusesNonWholeDong_AsAUsageErrorInVietnamese(string value, string expected)
    {
        await using var cli = await CliRunner.StartAsync();
        var (code, _, err) = await cli.RunAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "VPTU", "--value", value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--amount", err, StringComparison.Ordinal);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDateOption_NamesBothAcceptedForms()
    {
        await using var cli = await CliRunner.StartAsync();
        var (code, _, err) = await cli.RunAsync("voucher", "reverse", "VPTU/PC/2025/000001", "--date", "2025/02/10", "--reason", "x");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("yyyy-MM-dd hoặc dd/MM/yyyy", err, StringComparison.Ordinal);
    }
}

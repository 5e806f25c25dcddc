namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>`voucher search` by account, text, type, counterparty, amount range and date range; criteria combine.</summary>
public sealed class VoucherSearchCliTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n";
    private const string Vouchers = """
        key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty
        k0,2025-01-05,VPTU,DTG,Nhận dự toán năm 2025,008212,20000000,,NSNN,6551,340-351,
        k1,2025-02-03,VPTU,RDT,Rút dự toán về quỹ,1111,5000000,,,,,
        k1,2025-02-03,VPTU,RDT,,3371,,5000000,,,,
        k1,2025-02-03,VPTU,RDT,,008212,,5000000,NSNN,6551,340-351,
        k2,2025-02-10,VPTU,PC,Thanh toán Tiền Điện tháng 2,61112,1234567,,NSNN,6551,340-351,Điện lực Bắc Ninh
        k2,2025-02-10,VPTU,PC,,1111,,1234567,,,,
        k2,2025-02-10,VPTU,PC,,3371,1234567,,,,,
        k2,2025-02-10,VPTU,PC,,5111,,1234567,NSNN,,340-351,
        k3,2025-03-05,VPTU,PC,Mua văn phòng phẩm,61112,200000,,NSNN,6551,340-351,Nhà sách Bắc Ninh
        k3,2025-03-05,VPTU,PC,,1111,,200000,,,,
        k3,2025-03-05,VPTU,PC,,3371,200000,,,,,
        k3,2025-03-05,VPTU,PC,,5111,,200000,NSNN,,340-351,
        """;

    private static async Task<CliRunner> BooksAsync()
    {
        var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync("voucher", "import", cli.File("v.csv", Vouchers));
        Assert.True(code == 0, err);
        return cli;
    }

    private static async Task<string[]> KeysAsync(CliRunner cli, params string[] criteria) =>
        (await cli.JsonAsync(["voucher", "search", .. criteria])).EnumerateArray().Select(v => v.GetProperty("key").GetString()!).ToArray();

    [Fact]
    public async Task EachCriterion_NarrowsTheVouchers()
    {
        await using var cli = await BooksAsync();
        Assert.Equal(["k0", "k1", "k2", "k3"], await KeysAsync(cli));
        Assert.Equal(["k1", "k2", "k3"], await KeysAsync(cli, "--account", "111"));
        Assert.Equal(["k2"], await KeysAsync(cli, "--text", "tiền điện"));
        Assert.Equal(["k2", "k3"], await KeysAsync(cli, "--type", "pc"));
        Assert.Equal(["k3"], await KeysAsync(cli, "--counterparty", "nhà sách"));
        Assert.Equal(["k2", "k3"], await KeysAsync(cli, "--counterparty", "BẮC NINH"));
        Assert.Equal(["k1", "k2"], await KeysAsync(cli, "--min-amount", "1.000.000", "--max-amount", "5.000.000"));
        Assert.Equal(["k2", "k3"], await KeysAsync(cli, "--from", "10/02/2025", "--to", "2025-03-31"));
        Assert.Equal(["k3"], await KeysAsync(cli, "--type", "PC", "--from", "2025-03-01", "--account", "6111"));
        Assert.Empty(await KeysAsync(cli, "--text", "không có"));
    }

    [Fact]
    public async Task TextAndCsvOutput_AreTheVoucherListShapes()
    {
        await using var cli = await BooksAsync();
        var (code, text, _) = await cli.RunAsync("voucher", "search", "--counterparty", "điện lực");
        Assert.Equal(0, code);
        Assert.Contains("Thanh toán Tiền Điện tháng 2", text, StringComparison.Ordinal);
        Assert.Contains("1 chứng từ.", text, StringComparison.Ordinal);
        var csv = (await cli.RunAsync("voucher", "search", "--type", "RDT", "--format", "csv")).Out;
        Assert.StartsWith("number,key,date,unit,type,description,amount,reverses,reversed_by\r\nVPTU/RDT/2025/000001,k1,2025-02-03", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--min-amount", "1.5")]
    [InlineData("--from", "2025-13-01")]
    [InlineData("--min-amount", "10", "--max-amount", "5")]
    [InlineData("--from", "2025-03-01", "--to", "2025-02-01")]
    public async Task UnreadableOrContradictoryCriteria_AreUsageErrors(params string[] criteria)
    {
        await using var cli = await BooksAsync();
        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync(["voucher", "search", .. criteria])).Code);
    }

    [Fact]
    public async Task AnUnknownUnit_IsRefused()
    {
        await using var cli = await BooksAsync();
        Assert.Equal(ExitCodes.Refused, (await cli.RunAsync("voucher", "search", "--unit", "KHONGCO")).Code);
    }
}

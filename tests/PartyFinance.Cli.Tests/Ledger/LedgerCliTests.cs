using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Ledger;

public class LedgerCliTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n";
    private const string Vouchers = """
        key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
        k0,2025-01-05,VPTU,DTG,Nhận dự toán năm 2025,008212,20000000,,NSNN,6551,340-351
        k1,2025-02-03,VPTU,RDT,Rút dự toán về quỹ,1111,5000000,,,,
        k1,2025-02-03,VPTU,RDT,,3371,,5000000,,,
        k1,2025-02-03,VPTU,RDT,,008212,,5000000,NSNN,6551,340-351
        k2,2025-02-10,VPTU,PC,"Mua văn phòng phẩm, mực in",61112,1234567,,NSNN,6551,340-351
        k2,2025-02-10,VPTU,PC,,1111,,1234567,,,
        k2,2025-02-10,VPTU,PC,,3371,1234567,,,,
        k2,2025-02-10,VPTU,PC,,5111,,1234567,NSNN,,340-351
        """;

    private static async Task<CliRunner> BooksAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var cli = await CliRunner.StartAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var (code, _, err) = await cli.RunAsync("voucher", "import", cli.File("v.csv", Vouchers));
        Assert.True(code == 0, err);
        return cli;
    }

    [Fact]
    public async Task TrialBalanceJson_HasTheContractFieldsAndOffBalanceApart()
    {
        await using var cli = await BooksAsync();
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025");
        var cash = tb.GetProperty("on_balance").EnumerateArray().Single(r => r.GetProperty("account").GetString() == "1111");
        Assert.Equal((5_000_000L, 1_234_567L, 3_765_433L, 0L), (cash.GetProperty("debit").GetInt64(), cash.GetProperty("credit").GetInt64(),
            cash.GetProperty("closing_debit").GetInt64(), cash.GetProperty("closing_credit").GetInt64()));
        Assert.Equal(0, cash.GetProperty("opening_debit").GetInt64());
        var estimate = Assert.Single(tb.GetProperty("off_balance").EnumerateArray());
        Assert.Equal(("008212", 5_000_000L), (estimate.GetProperty("account").GetString(), estimate.GetProperty("credit").GetInt64()));
    }

    [Fact]
    public async Task VoucherList_ThenReverse_ShowsTheLinkBothWays()
    {
        await using var cli = await BooksAsync();
        var (code, output, err) = await cli.RunAsync("voucher", "reverse", "VPTU/PC/2025/000001", "--date", "2025-02-12", "--reason", "Ghi nhầm tài khoản");
        Assert.True(code == 0, err);
        Assert.Contains("VPTU/PC/2025/000002", output);

        var list = (await cli.JsonAsync("voucher", "list", "--unit", "VPTU", "--year", "2025")).EnumerateArray().ToList();
        Assert.Equal(["number", "key", "date", "unit", "type", "description", "amount", "reverses", "reversed_by"], list[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("VPTU/PC/2025/000002", list[2].GetProperty("reversed_by").GetString());
        Assert.Equal("VPTU/PC/2025/000001", list[3].GetProperty("reverses").GetString());
        Assert.Equal("Mua văn phòng phẩm, mực in", list[2].GetProperty("description").GetString());

        // The money the payment moved: the cash paid, not the cash plus its revenue pair (issue: 2.469.134 đ shown before).
        Assert.Equal([20_000_000L, 5_000_000L, 1_234_567L, 1_234_567L], list.Select(v => v.GetProperty("amount").GetInt64()));
    }

    [Fact]
    public async Task GeneralLedger_PrintsRunningBalanceInVietnameseFormat()
    {
        await using var cli = await BooksAsync();
        var (code, output, _) = await cli.RunAsync("ledger", "general", "--account", "1111", "--year", "2025");
        Assert.Equal(0, code);
        Assert.Contains("03/02/2025", output);
        Assert.Contains("3.765.433", output);
        var gl = await cli.JsonAsync("ledger", "general", "--account", "1111", "--year", "2025");
        Assert.Equal([5_000_000L, 3_765_433L], gl.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("balance_debit").GetInt64()));
    }

    [Fact]
    public async Task BadVoucherFile_ExitsOneWithEveryErrorInVietnamese_MatchingTheGoldenFile()
    {
        await using var cli = await BooksAsync();
        var bad = cli.File("bad.csv", """
            key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector
            x1,2025-02-30,VPTU,PC,Ngày sai,1111,10,,,,
            x2,2025-03-01,VPTU,PC,Lệch,1111,10,,,,
            x2,2025-03-01,VPTU,PC,,3371,,9,,,
            x3,2025-03-01,VPTU,PC,Thiếu chiều,61112,10,,,,
            x3,2025-03-01,VPTU,PC,,1111,,10,,,
            x4,2025-03-01,NOPE,PC,Đơn vị lạ,111,10,,,,
            x4,2025-03-01,NOPE,PC,,3371,,10,,,
            """);
        var (code, output, err) = await cli.RunAsync("voucher", "import", bad);
        Assert.Equal(1, code);
        Assert.Empty(output);
        var golden = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PartyFinance.Cli.Tests", "Golden", "voucher-import-errors.txt"));
        Assert.Equal(golden.ReplaceLineEndings("\n"), err.ReplaceLineEndings("\n"));
        Assert.Equal(3, (await cli.JsonAsync("voucher", "list")).GetArrayLength());
    }

    [Theory]
    [InlineData("period", "lock", "--unit", "VPTU", "--month", "2025-13")]
    [InlineData("voucher", "reverse", "X", "--date", "2025/02/12", "--reason", "x")]
    [InlineData("ledger", "trial-balance")]
    [InlineData("no-such-command")]
    public async Task UsageErrors_ExitWithTwo(params string[] args)
    {
        await using var cli = await CliRunner.StartAsync();
        var (code, _, err) = await cli.RunAsync(args);
        Assert.Equal(2, code);
        Assert.StartsWith("Lỗi cú pháp", err);
    }

    [Fact]
    public async Task PeriodUnlock_WithoutReason_ExitsOneAndTheMonthStaysLocked()
    {
        await using var cli = await BooksAsync();
        Assert.Equal(0, (await cli.RunAsync("period", "lock", "--unit", "VPTU", "--month", "2025-02")).Code);
        var (code, _, err) = await cli.RunAsync("period", "unlock", "--unit", "VPTU", "--month", "2025-02");
        Assert.Equal(1, code);
        Assert.Contains("[ledger.reason-required]", err);
        var (rev, _, revErr) = await cli.RunAsync("voucher", "reverse", "VPTU/PC/2025/000001", "--date", "2025-02-20", "--reason", "x");
        Assert.Equal(1, rev);
        Assert.Contains("đã khóa sổ", revErr);
    }

    [Fact]
    public async Task DbInit_Twice_ReportsNothingChangedTheSecondTime()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);
        var refs = Path.Combine(RepoPaths.Root, "db", "reference");
        Assert.Contains("(đã nạp)", (await cli.RunAsync("db", "init", "--reference-dir", refs, "--by", "admin")).Out);
        var (code, output, _) = await cli.RunAsync("db", "init", "--reference-dir", refs, "--by", "admin");
        Assert.Equal(0, code);
        Assert.Contains("Lược đồ đã ở phiên bản mới nhất", output);
        Assert.DoesNotContain("(đã nạp)", output);
    }

    [Theory]
    [InlineData("ledger", "trial-balance", "--year", "2025", "--unit", "NOPE")]
    [InlineData("ledger", "general", "--account", "1111", "--year", "2025", "--unit", "NOPE")]
    [InlineData("voucher", "list", "--unit", "NOPE")]
    public async Task UnknownUnit_IsRefusedRatherThanShownAsEmpty(params string[] args)
    {
        await using var cli = await BooksAsync();
        var (code, output, err) = await cli.RunAsync(args);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("[ledger.unit-unknown]", err);
    }

    [Fact]
    public async Task UnreachableDatabase_IsTriedAgain_ThenExitsThreeWithAVietnameseSentence()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // A server nobody listens on refuses the connection: nothing was sent, so the command is tried again, then
        // reported (a missing SQLite file is refused by name instead: CommandCorpusTests).
        var code = await CliApp.RunAsync(["--db", "Host=127.0.0.1;Port=1;Username=partyfinance;Database=khong_co;Timeout=2", "unit", "list"], stdout, stderr, new FixedClock());
        Assert.Equal(3, code);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Máy chủ cơ sở dữ liệu chưa nhận kết nối; thử lại lần 1…", "Máy chủ cơ sở dữ liệu chưa nhận kết nối; thử lại lần 2…",
            "Máy chủ cơ sở dữ liệu chưa nhận kết nối; thử lại lần 3…", "Máy chủ cơ sở dữ liệu chưa nhận kết nối; thử lại lần 4…"], lines[..^1]);
        Assert.StartsWith("Lỗi hệ thống: máy chủ cơ sở dữ liệu không nhận kết nối sau 5 lần thử", lines[^1]);
    }

    [Fact]
    public async Task UnreachableSqlServer_ExitsThreeWithAVietnameseSentence()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // The SQL Server provider is wired through --db: a server nobody listens on fails as the database, not as usage.
        var code = await CliApp.RunAsync(["--db", "Server=127.0.0.1,1;Database=khong_co;Connect Timeout=2;ConnectRetryCount=0;TrustServerCertificate=True", "unit", "list"], stdout, stderr, new FixedClock());
        Assert.Equal(3, code);
        Assert.StartsWith("Lỗi hệ thống: không mở hoặc không kết nối được cơ sở dữ liệu", stderr.ToString());
    }

    [PostgresFact]
    public Task Postgres_ImportAndTrialBalance_ThroughTheCli() => ImportAndTrialBalance_ThroughTheCliOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task SqlServer_ImportAndTrialBalance_ThroughTheCli() => ImportAndTrialBalance_ThroughTheCliOn(DatabaseProvider.SqlServer);

    private async Task ImportAndTrialBalance_ThroughTheCliOn(DatabaseProvider provider)
    {
        await using var cli = await BooksAsync(provider);
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", "VPTU");
        Assert.Equal(1_234_567, tb.GetProperty("on_balance").EnumerateArray().Single(r => r.GetProperty("account").GetString() == "61112").GetProperty("debit").GetInt64());
    }
}

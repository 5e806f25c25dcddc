using System.Text.Json;

namespace PartyFinance.Cli.Tests.Budgeting;

/// <summary>
/// Budget and ledger are one book, through the real program: what a line shows is what its 008
/// accounts say, whichever way the vouchers came in, and a correction in the books moves the budget with it.
/// </summary>
public sealed class OneBookCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,

        """;

    private const string Header = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n";

    private static readonly string[] Line = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6551"];

    private static async Task<Cli> SetUpAsync(string estimates)
    {
        var cli = await Cli.CreateAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var user = await cli.RunAsync("user", "add", "thutruong.vptu", "--name", "Thủ trưởng VPTU", "--role", "unit-head", "--scope", "VPTU", "--from", "2025-01-01", "--by", "admin");
        Assert.True(user.Code == 0, user.Err);
        var imported = await cli.RunAsync("budget", "import", cli.File("estimates.csv", "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n" + estimates), "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);
        return cli;
    }

    private static async Task<JsonElement> StatusAsync(Cli cli, string item = "6551", int year = 2026) =>
        (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .EnumerateArray().Single(l => l.GetProperty("budget_item").GetString() == item);

    private static (long Allocated, long Adjustments, long Committed, long Spent, long Advanced, long Available) Figures(JsonElement l) =>
        (l.GetProperty("allocated").GetInt64(), l.GetProperty("adjustments").GetInt64(), l.GetProperty("committed").GetInt64(),
         l.GetProperty("spent").GetInt64(), l.GetProperty("advanced").GetInt64(), l.GetProperty("available").GetInt64());

    [Fact]
    public async Task AVoucherImportedDirectly_CountsAgainstItsLine_AndOneThatWouldOverdrawAStopLineIsRefused()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n");
        var withdrawal = Header +
            "w1,2026-02-03,VPTU,RDT,Rút tạm ứng về quỹ,1111,6000000,,,,\n" +
            "w1,2026-02-03,VPTU,RDT,,3371,,6000000,NSNN,6551,340-351\n" +
            "w1,2026-02-03,VPTU,RDT,,008211,,6000000,NSNN,6551,340-351\n";
        var ok = await cli.RunAsync("voucher", "import", cli.File("w1.csv", withdrawal), "--by", "ketoan");
        Assert.True(ok.Code == 0, ok.Err);
        Assert.Equal((10_000_000L, 0L, 0L, 0L, 6_000_000L, 4_000_000L), Figures(await StatusAsync(cli)));

        var tooMuch = withdrawal.Replace("w1", "w2", StringComparison.Ordinal).Replace("6000000", "4000001", StringComparison.Ordinal);
        var refused = await cli.RunAsync("voucher", "import", cli.File("w2.csv", tooMuch), "--by", "ketoan");

        Assert.Equal(1, refused.Code);
        Assert.Contains("Dòng 4, cột credit: Dự toán dòng VPTU/2026/NSNN/autonomous/340-351/6551 không đủ", refused.Err, StringComparison.Ordinal);
        Assert.Contains("[budget.insufficient]", refused.Err, StringComparison.Ordinal);
        Assert.Equal(2, (await cli.JsonAsync("voucher", "list")).GetArrayLength());
    }

    [Fact]
    public async Task ReversingThePaymentOfAPaidRequest_RestoresTheLine_AndTheRequestShowsItsPaymentWasReversed()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n");
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "3000000", "--purpose", "Mua văn phòng phẩm", "--by", "ketoan"]);
        var id = created.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        await cli.JsonAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "45/QĐ-VPTU", "--date", "2026-03-01");
        var paid = await cli.JsonAsync("spend", "pay", id, "--date", "2026-03-15", "--by", "ketoan");
        Assert.Equal((10_000_000L, 0L, 0L, 3_000_000L, 0L, 7_000_000L), Figures(await StatusAsync(cli)));

        var reversed = await cli.RunAsync("voucher", "reverse", paid.GetProperty("voucher_no").GetString()!, "--date", "2026-03-20", "--reason", "Ghi nhầm nhà cung cấp", "--by", "ketoantruong");
        Assert.True(reversed.Code == 0, reversed.Err);

        Assert.Equal((10_000_000L, 0L, 3_000_000L, 0L, 0L, 7_000_000L), Figures(await StatusAsync(cli)));
        var request = (await cli.JsonAsync("spend", "list")).EnumerateArray().Single();
        Assert.Equal("approved", request.GetProperty("status").GetString());
        var shown = await cli.JsonAsync("spend", "show", id);
        Assert.Equal(["create", "submit", "approve", "pay", "payment-reversed"], shown.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var text = await cli.RunAsync("spend", "show", id);
        Assert.Contains("Lịch sử:", text.Out, StringComparison.Ordinal);
        Assert.Contains("Ghi nhầm nhà cung cấp", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await cli.RunAsync("spend", "show", "999")).Code);

        var again = await cli.JsonAsync("spend", "pay", id, "--date", "2026-03-21", "--method", "withdrawal", "--by", "ketoan");
        Assert.Equal("paid", again.GetProperty("status").GetString());
        Assert.NotEqual(paid.GetProperty("voucher_no").GetString(), again.GetProperty("voucher_no").GetString());
        Assert.Equal((10_000_000L, 0L, 0L, 3_000_000L, 0L, 7_000_000L), Figures(await StatusAsync(cli)));
    }

    [Fact]
    public async Task AnEstimateDecidedTheYearBefore_IsBookedOnTheFirstOfJanuary_AndOneDecidedAfterTheYearIsRefused()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,90-QĐ/VPTU,2025-12-20\n");

        var v = (await cli.JsonAsync("voucher", "list")).EnumerateArray().Single();
        Assert.Equal(("2026-01-01", "DTG"), (v.GetProperty("date").GetString(), v.GetProperty("type").GetString()));
        var tb2025 = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025");
        Assert.Empty(tb2025.GetProperty("off_balance").EnumerateArray());

        var late = await cli.RunAsync("budget", "import", cli.File("late.csv",
            "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6501,1000000,91-QĐ/VPTU,2027-01-10\n"), "--by", "ketoan");
        Assert.Equal(1, late.Code);
        Assert.Contains("late.csv: Dòng 2, cột decision_date:", late.Err, StringComparison.Ordinal);
        Assert.Contains("[budget.decision-after-year]", late.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DANGPHI")]
    [InlineData("QUYDUTRU")]
    public async Task AnEstimateFromPartyFunds_IsRefused_BecauseTheyStayOutside008(string fund)
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,1000000,12-QĐ/VPTU,2026-01-05\n");

        var r = await cli.RunAsync("budget", "import", cli.File("party.csv",
            $"unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,{fund},autonomous,340-351,6551,1000000,13-QĐ/VPTU,2026-01-06\n"), "--by", "ketoan");

        Assert.Equal(1, r.Code);
        Assert.Contains("[budget.fund-outside-estimate]", r.Err, StringComparison.Ordinal);
        Assert.Single((await cli.JsonAsync("voucher", "list")).EnumerateArray());
    }

    [Fact]
    public async Task VoucherShow_GivesEveryLineWithItsSideAndDimensions()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n");
        var number = (await cli.JsonAsync("voucher", "list")).EnumerateArray().Single().GetProperty("number").GetString()!;

        var v = await cli.JsonAsync("voucher", "show", number);
        Assert.Equal(["number", "key", "date", "unit", "type", "description", "amount", "reverses", "reversed_by", "lines"], v.EnumerateObject().Select(p => p.Name));
        var line = v.GetProperty("lines").EnumerateArray().Single();
        Assert.Equal(("008212", "debit", 10_000_000L, "NSNN", "6551", "340-351"), (line.GetProperty("account").GetString(), line.GetProperty("side").GetString(),
            line.GetProperty("amount").GetInt64(), line.GetProperty("fund_source").GetString(), line.GetProperty("budget_item").GetString(), line.GetProperty("sector").GetString()));

        var text = await cli.RunAsync("voucher", "show", number);
        Assert.Contains("TK Nợ", text.Out, StringComparison.Ordinal);
        Assert.Contains("10.000.000 đ", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await cli.RunAsync("voucher", "show", "VPTU/PC/2026/999999")).Code);
    }

    [Fact]
    public async Task CloseYear_RollsTheEstimate_CarriesAutonomousFundsForward_AndCancelsTheRest_InThe008Books()
    {
        await using var cli = await SetUpAsync(
            "VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n" +
            "VPTU,2026,NSNN,non-autonomous,340-351,6501,4000000,12-QĐ/VPTU,2026-01-05\n");
        var pay = Header +
            "p1,2027-01-20,VPTU,RDT,Chi trong thời gian chỉnh lý,61112,1000000,,NSNN,6551,340-351\n" +
            "p1,2027-01-20,VPTU,RDT,,5111,,1000000,NSNN,6551,340-351\n" +
            "p1,2027-01-20,VPTU,RDT,,008112,,1000000,NSNN,6551,340-351\n";
        var paid = await cli.RunAsync("voucher", "import", cli.File("p1.csv", pay), "--by", "ketoan");
        Assert.True(paid.Code == 0, paid.Err);

        var closed = await cli.RunAsync("budget", "close-year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoantruong");
        Assert.True(closed.Code == 0, closed.Err);

        var tb2026 = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026");
        Assert.All(tb2026.GetProperty("off_balance").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64()));
        var tb2027 = await cli.JsonAsync("ledger", "trial-balance", "--year", "2027");
        var prior = tb2027.GetProperty("off_balance").EnumerateArray().Where(r => r.GetProperty("account").GetString()!.StartsWith("0081", StringComparison.Ordinal))
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
        Assert.Equal(9_000_000, prior);

        var status2027 = await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2027");
        var carried = Assert.Single(status2027.EnumerateArray(), l => l.GetProperty("available").GetInt64() != 0 || l.GetProperty("allocated").GetInt64() != 0);
        Assert.Equal(("6551", true, 9_000_000L), (carried.GetProperty("budget_item").GetString(), carried.GetProperty("carried_over").GetBoolean(), carried.GetProperty("available").GetInt64()));
        Assert.Equal(0, Figures(await StatusAsync(cli, "6501")).Available);
        Assert.Equal((1_000_000L, 0L), (Figures(await StatusAsync(cli)).Spent, Figures(await StatusAsync(cli)).Available));
    }

    [Fact]
    public async Task VoucherEvent_PostsTheRulesEntries_TheTreasurySettlementMovesAdvanceToSpending_AndARetryAddsNothing()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n");
        var withdraw = await cli.JsonAsync(["voucher", "event", "withdraw-cash", .. Line, "--key", "tu-01", "--date", "2026-02-03", "--amount", "5000000", "--by", "ketoan"]);
        Assert.Equal(1, withdraw.GetProperty("stored").GetInt32());
        var lines = (await cli.JsonAsync("voucher", "show", withdraw.GetProperty("number").GetString()!)).GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("account").GetString(), l.GetProperty("side").GetString())).ToList();
        Assert.Equal([("1111", "debit"), ("3371", "credit"), ("008211", "credit")], lines);

        await cli.JsonAsync(["voucher", "event", "treasury-advance-settle", .. Line, "--key", "tttu-01", "--date", "2026-02-28", "--amount", "4000000", "--by", "ketoan"]);
        Assert.Equal((10_000_000L, 0L, 0L, 4_000_000L, 1_000_000L, 5_000_000L), Figures(await StatusAsync(cli)));

        var retry = await cli.JsonAsync(["voucher", "event", "treasury-advance-settle", .. Line, "--key", "tttu-01", "--date", "2026-02-28", "--amount", "4000000", "--by", "ketoan"]);
        Assert.Equal((0, 1), (retry.GetProperty("stored").GetInt32(), retry.GetProperty("skipped").GetInt32()));
        var unknown = await cli.RunAsync(["voucher", "event", "no-such-event", .. Line, "--key", "x", "--date", "2026-02-28", "--amount", "1", "--by", "ketoan"]);
        Assert.Equal(1, unknown.Code);
        Assert.Contains("[posting.no-rule]", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAWarnLine_AnOverdrawingVoucherIsPosted_AndTheOverrideIsRecordedInTheAuditLog()
    {
        await using var cli = await Cli.CreateAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        Assert.Equal(0, (await cli.RunAsync("budget", "control-mode", "--fund-source", "NSNN", "--year", "2026", "--mode", "warn", "--by", "ketoantruong")).Code);
        Assert.Equal(0, (await cli.RunAsync("budget", "import", cli.File("e.csv",
            "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6551,1000000,12-QĐ/VPTU,2026-01-05\n"), "--by", "ketoan")).Code);

        var posted = await cli.RunAsync(["voucher", "event", "withdraw-cash", .. Line, "--key", "tu-02", "--date", "2026-02-03", "--amount", "1500000", "--by", "ketoan"]);

        Assert.True(posted.Code == 0, posted.Err);
        Assert.Equal(-500_000, Figures(await StatusAsync(cli)).Available);
        await using var db = cli.Db.Target.CreateContext();
        var audit = Assert.Single(db.AuditEvents.Where(a => a.Kind == "override"));
        Assert.Equal(("budget_line", "ketoan", "voucher event"), (audit.TableName, audit.Actor, audit.Command));
        Assert.Contains("chế độ cảnh báo", audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReversingAnEstimateThatIsAlreadyCommitted_IsRefusedOnAStopLine()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n");
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "4000000", "--purpose", "Mua văn phòng phẩm", "--by", "ketoan"]);
        var id = created.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        await cli.JsonAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "45/QĐ-VPTU", "--date", "2026-03-01");
        var dtg = (await cli.JsonAsync("voucher", "list")).EnumerateArray().Single(v => v.GetProperty("type").GetString() == "DTG").GetProperty("number").GetString()!;

        var r = await cli.RunAsync("voucher", "reverse", dtg, "--date", "2026-03-05", "--reason", "Giao nhầm", "--by", "ketoantruong");

        Assert.Equal(1, r.Code);
        Assert.Contains("[budget.insufficient]", r.Err, StringComparison.Ordinal);
        Assert.Equal(6_000_000, Figures(await StatusAsync(cli)).Available);
    }

    [Fact]
    public async Task CloseYear_OfRetainedFees_WhoseAccountsKeepNoPriorYear_CarriesToNextYearsOwnLine()
    {
        await using var cli = await SetUpAsync("VPTU,2026,PHI,autonomous,340-351,6551,50000000,12-QĐ/VPTU,2026-01-05\n");

        var closed = await cli.RunAsync("budget", "close-year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoantruong");

        Assert.True(closed.Code == 0, closed.Err);
        Assert.Equal(0, Figures(await StatusAsync(cli)).Available);
        var next = (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2027")).EnumerateArray().Single(l => l.GetProperty("available").GetInt64() != 0);
        Assert.Equal(("PHI", false, 50_000_000L), (next.GetProperty("fund_source").GetString(), next.GetProperty("carried_over").GetBoolean(), next.GetProperty("available").GetInt64()));
        var fees2026 = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026")).GetProperty("off_balance").EnumerateArray().Single(r => r.GetProperty("account").GetString() == "0141");
        Assert.Equal(0, fees2026.GetProperty("closing_debit").GetInt64() - fees2026.GetProperty("closing_credit").GetInt64());
    }

    [Fact]
    public async Task TheYearAfter_CloseYear_CancelsWhatIsLeftOfTheCarriedOverEstimate()
    {
        await using var cli = await SetUpAsync("VPTU,2026,NSNN,autonomous,340-351,6551,10000000,12-QĐ/VPTU,2026-01-05\n");
        Assert.Equal(0, (await cli.RunAsync("budget", "close-year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoantruong")).Code);
        Assert.Equal(10_000_000, (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2027")).EnumerateArray().Sum(l => l.GetProperty("available").GetInt64()));

        var closed = await cli.RunAsync("budget", "close-year", "--year", "2027", "--date", "2028-02-01", "--by", "ketoantruong");

        Assert.True(closed.Code == 0, closed.Err);
        Assert.Contains("hủy 10.000.000 đ", closed.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2027")).EnumerateArray().Sum(l => l.GetProperty("available").GetInt64()));
        var prior = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2027")).GetProperty("off_balance").EnumerateArray()
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
        Assert.Equal(0, prior);
    }
}

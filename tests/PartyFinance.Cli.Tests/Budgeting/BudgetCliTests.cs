using System.Text.Json;
using PartyFinance.Cli;

namespace PartyFinance.Cli.Tests.Budgeting;

public sealed class BudgetCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,

        """;

    private const string Estimates = """
        unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date
        VPTU,2026,NSNN,autonomous,340-351,6501,10000000,12-QĐ/VPTU,2026-01-05
        VPTU,2026,NSNN,non-autonomous,340-351,6502,4000000,12-QĐ/VPTU,2026-01-05

        """;

    private static readonly string[] Line = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];

    [Fact]
    public async Task RequestSubmitApprovePay_PostsOneVoucher_AndStatusShowsTheSpending()
    {
        await using var cli = await SetUpAsync();
        var id = await RequestAsync(cli, "2000000");
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        var approved = await cli.JsonAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "45/QĐ-VPTU");
        Assert.Equal("approved", approved.GetProperty("status").GetString());

        var paid = await cli.JsonAsync("spend", "pay", id, "--date", "2026-03-15", "--by", "ketoan");
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        var voucherNo = paid.GetProperty("voucher_no").GetString();

        var vouchers = (await cli.JsonAsync("voucher", "list")).EnumerateArray().ToList();
        Assert.Equal(["DTG", "RDT"], vouchers.Select(v => v.GetProperty("type").GetString()));
        var voucher = vouchers[1];
        Assert.Equal(voucherNo, voucher.GetProperty("number").GetString());
        Assert.Equal(2_000_000, voucher.GetProperty("amount").GetInt64());

        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026");
        Assert.Equal(2_000_000, Row(tb.GetProperty("on_balance"), "61112").GetProperty("debit").GetInt64());
        Assert.Equal(2_000_000, Row(tb.GetProperty("on_balance"), "5111").GetProperty("credit").GetInt64());
        var estimate = Row(tb.GetProperty("off_balance"), "008212");
        Assert.Equal((10_000_000L, 2_000_000L, 8_000_000L),
            (estimate.GetProperty("debit").GetInt64(), estimate.GetProperty("credit").GetInt64(), estimate.GetProperty("closing_debit").GetInt64()));

        var status = await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2026");
        var line = status.EnumerateArray().Single(l => l.GetProperty("budget_item").GetString() == "6501");
        Assert.Equal((10_000_000L, 0L, 2_000_000L, 8_000_000L),
            (line.GetProperty("allocated").GetInt64(), line.GetProperty("committed").GetInt64(), line.GetProperty("spent").GetInt64(), line.GetProperty("available").GetInt64()));
        Assert.Equal(["fund_source", "autonomy", "sector", "budget_item", "allocated"], line.EnumerateObject().Select(p => p.Name).Take(5));
    }

    [Fact]
    public async Task BudgetStatus_AfterAnApproval_CountsItAsCommitted()
    {
        await using var cli = await SetUpAsync();
        var id = await RequestAsync(cli, "3000000");
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        await cli.JsonAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "46/QĐ-VPTU");

        var status = await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2026");
        Assert.Equal(2, status.GetArrayLength());
        var line = status.EnumerateArray().Single(l => l.GetProperty("budget_item").GetString() == "6501");
        Assert.Equal((3_000_000L, 0L, 7_000_000L), (line.GetProperty("committed").GetInt64(), line.GetProperty("spent").GetInt64(), line.GetProperty("available").GetInt64()));
        var list = await cli.JsonAsync("spend", "list", "--unit", "VPTU");
        Assert.Equal("approved", Assert.Single(list.EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task BadEstimatesFile_IsRefusedWithEveryError_AndStoresNothing()
    {
        await using var cli = await SetUpAsync(estimates: false);
        var bad = cli.File("bad.csv", """
            unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date
            VPTU,2026,NSNN,autonomous,340-351,6501,10000000,12-QĐ/VPTU,2026-01-05
            VPTU,20x6,NSNN,autonomous,340-351,6502,5000000,12-QĐ/VPTU,2026-01-05
            VPTU,2026,NSNN,semi,340-351,6503,-5,12-QĐ/VPTU,2026/01/05

            """);

        var (code, _, err) = await cli.RunAsync("budget", "import", bad, "--by", "ketoan");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("Dòng 3, cột year", err, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột autonomy", err, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột amount", err, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột decision_date", err, StringComparison.Ordinal);
        Assert.Contains("Tổng cộng 4 lỗi", err, StringComparison.Ordinal);
        var status = await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2026");
        Assert.Equal(0, status.GetArrayLength());
    }

    [Fact]
    public async Task Approve_ByTheHeadOfAnotherUnit_IsRefusedByThePermissionGuardNamingTheField()
    {
        await using var cli = await SetUpAsync();
        var id = await RequestAsync(cli, "2000000");
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");

        var (code, _, err) = await cli.RunAsync("spend", "approve", id, "--by", "thutruong.btc", "--decision-no", "1/QĐ-BTC");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[access.not-permitted]", err, StringComparison.Ordinal);
        Assert.Contains("Trường by: thutruong.btc", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_BeyondAvailable_IsRefusedWithTheBudgetRule()
    {
        await using var cli = await SetUpAsync();
        var id = await RequestAsync(cli, "12000000");
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");

        var (code, _, err) = await cli.RunAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "47/QĐ-VPTU");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[budget.insufficient]", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadOptionValues_AreUsageErrors()
    {
        await using var cli = await SetUpAsync(estimates: false);
        string[] badAutonomy = ["spend", "request", "--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "semi", "--sector", "340-351", "--budget-item", "6501",
            "--amount", "1000", "--purpose", "x"];
        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync(badAutonomy)).Code);
        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync("spend", "run-recurring", "--through", "2026-13")).Code);
        Assert.Equal(ExitCodes.Usage, (await cli.RunAsync("spend", "pay", "1", "--method", "cheque")).Code);
    }

    [Fact]
    public async Task RecurringPlan_ApprovedOnce_RunTwice_CreatesEachMonthOnce()
    {
        await using var cli = await SetUpAsync();
        var plan = await cli.JsonAsync(["spend", "plan", "add", .. Line, "--amount", "1500000", "--schedule", "monthly", "--start", "2026-01", "--end", "2026-06",
            "--payee", "Công ty Điện lực Bắc Ninh", "--by", "ketoan"]);
        var planId = plan.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("submitted", (await cli.JsonAsync("spend", "plan", "submit", planId, "--by", "ketoan")).GetProperty("status").GetString());
        var approved = await cli.JsonAsync("spend", "plan", "approve", planId, "--by", "thutruong.vptu", "--decision-no", "5/QĐ-VPTU");
        Assert.Equal(("unit-head", "approved"), (approved.GetProperty("decider").GetString(), approved.GetProperty("status").GetString()));

        var first = await cli.JsonAsync("spend", "run-recurring", "--through", "2026-03");
        var second = await cli.JsonAsync("spend", "run-recurring", "--through", "2026-03");

        Assert.Equal(3, first.GetProperty("created").GetArrayLength());
        Assert.Equal(0, second.GetProperty("created").GetArrayLength());
        var list = await cli.JsonAsync("spend", "list");
        Assert.Equal(3, list.EnumerateArray().Count(r => r.GetProperty("status").GetString() == "approved"));
        var plans = await cli.JsonAsync("spend", "plan", "list");
        Assert.Equal("approved", Assert.Single(plans.EnumerateArray()).GetProperty("status").GetString());
    }

    private static async Task<Cli> SetUpAsync(bool estimates = true)
    {
        var cli = await Cli.CreateAsync();
        var units = await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin");
        Assert.True(units.Code == 0, units.Err);
        foreach (var (login, unit) in new[] { ("thutruong.vptu", "VPTU"), ("thutruong.btc", "BTC") })
        {
            var user = await cli.RunAsync("user", "add", login, "--name", "Thủ trưởng " + unit, "--role", "unit-head", "--scope", unit, "--from", "2025-01-01", "--by", "admin");
            Assert.True(user.Code == 0, user.Err);
        }

        if (estimates)
        {
            var imported = await cli.RunAsync("budget", "import", cli.File("estimates.csv", Estimates), "--by", "ketoan");
            Assert.True(imported.Code == 0, imported.Err);
            Assert.Contains("Đã giao 2 dòng dự toán.", imported.Out, StringComparison.Ordinal);
        }

        return cli;
    }

    private static async Task<string> RequestAsync(Cli cli, string amount)
    {
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", amount, "--purpose", "Mua văn phòng phẩm", "--by", "ketoan"]);
        Assert.Equal("draft", created.GetProperty("status").GetString());
        return created.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonElement Row(JsonElement rows, string account) =>
        rows.EnumerateArray().Single(r => r.GetProperty("account").GetString() == account);
}

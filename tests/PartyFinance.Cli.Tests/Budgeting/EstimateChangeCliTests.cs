namespace PartyFinance.Cli.Tests.Budgeting;

public class EstimateChangeCliTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\nBTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,\n";
    private const string Estimates = "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6551,50000000,12/QĐ-VPTU,2026-01-05\n";
    private static readonly string[] Line = ["--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6551", "--year", "2026"];

    private static async Task<long> EstimateBalanceAsync(CliRunner cli, string unit) =>
        (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", unit)).GetProperty("off_balance").EnumerateArray()
            .Where(r => r.GetProperty("account").GetString() == "008212").Sum(r => r.GetProperty("closing_debit").GetInt64());

    [Fact]
    public async Task AllocationSupplementAdjustmentAndTransfer_MoveTheLineAndThe008AccountTogether()
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("u.csv", Units), "--by", "admin")).Code);
        Assert.Equal(0, (await cli.RunAsync("budget", "import", cli.File("e.csv", Estimates))).Code);
        Assert.Equal(50_000_000, await EstimateBalanceAsync(cli, "VPTU"));

        await cli.JsonAsync(["budget", "supplement", "--unit", "VPTU", .. Line, "--amount", "5000000", "--decision-no", "30/QĐ", "--decision-date", "2026-06-01"]);
        await cli.JsonAsync(["budget", "adjust", "--unit", "VPTU", .. Line, "--amount", "-2000000", "--decision-no", "31/QĐ", "--decision-date", "2026-06-02"]);
        var moved = await cli.JsonAsync(["budget", "transfer", "--unit", "VPTU", .. Line, "--to-unit", "BTC", "--amount", "3000000", "--decision-no", "40/QĐ", "--decision-date", "2026-12-15"]);
        Assert.Equal(50_000_000, moved.GetProperty("available").GetInt64());
        Assert.Equal((50_000_000L, 3_000_000L), (await EstimateBalanceAsync(cli, "VPTU"), await EstimateBalanceAsync(cli, "BTC")));

        var late = await cli.RunAsync(["budget", "transfer", "--unit", "VPTU", .. Line, "--to-unit", "BTC", "--amount", "1", "--decision-no", "41/QĐ", "--decision-date", "2026-12-16"]);
        Assert.Equal(1, late.Code);
        Assert.Contains("[budget.transfer-deadline-passed]", late.Err);
        Assert.Equal(3_000_000, await EstimateBalanceAsync(cli, "BTC"));

        var status = (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2026")).EnumerateArray().Single();
        Assert.Equal((50_000_000L, 0L, 50_000_000L), (status.GetProperty("allocated").GetInt64(), status.GetProperty("adjustments").GetInt64(), status.GetProperty("available").GetInt64()));
        var mode = await cli.RunAsync("budget", "control-mode", "--fund-source", "NSNN", "--year", "2026", "--mode", "warn");
        Assert.Equal(1, mode.Code);
        Assert.Contains("[budget.control-mode-fixed]", mode.Err);
    }

    [Fact]
    public async Task EstimatesForAUnitTheLedgerDoesNotKnow_AreRefusedAndNothingIsStored()
    {
        await using var cli = await CliRunner.StartAsync();
        var (code, _, err) = await cli.RunAsync("budget", "import", cli.File("e.csv", Estimates));
        Assert.Equal(1, code);
        Assert.Contains("[ledger.unit-unknown]", err);
        Assert.Empty((await cli.JsonAsync("budget", "status", "--year", "2026")).EnumerateArray());
        Assert.Equal(1, (await cli.RunAsync("budget", "status", "--unit", "VPTU", "--year", "2026")).Code);
    }
}

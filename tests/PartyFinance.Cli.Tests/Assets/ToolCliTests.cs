using System.Globalization;
using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Assets;

/// <summary>
/// The tools register (công cụ, dụng cụ): bought below the fixed-asset threshold through a spending
/// request, issued to use, recognised at year end; received in kind or from Party funds; taken over by
/// import, all or nothing (clock 15/03/2026).
/// </summary>
public sealed class ToolCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,

        """;

    private const string Estimates = """
        unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date
        VPTU,2026,NSNN,autonomous,340-351,6956,100000000,12-QĐ/VPTU,2026-01-05

        """;

    private static readonly string[] Line = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6956"];

    [Fact]
    public Task ToolBoughtOnAPurchaseItem_IsReceivedIssuedAtAverageCostAndRecognisedAtYearEnd() => LifeCycleAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_ToolBoughtOnAPurchaseItem_IsReceivedIssuedAndRecognised() => LifeCycleAsync(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_ToolBoughtOnAPurchaseItem_IsReceivedIssuedAndRecognised() => LifeCycleAsync(DatabaseProvider.SqlServer);

    private static async Task LifeCycleAsync(DatabaseProvider provider)
    {
        await using var cli = await SetUpAsync(provider);

        // 3 keyboards for 10.000.000 đ: one costs 3.333.333 đ, below the threshold — a tool, though the amount is not.
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "10.000.000", "--purpose", "Mua bàn phím", "--asset-class", "MAY-TINH",
            "--asset-name", "Bàn phím", "--quantity", "3", "--measure", "bộ", "--custodian", "Thủ kho", "--by", "ketoan"]);
        var asset = created.GetProperty("asset");
        Assert.Equal(("tool", "CC-VPTU-1", 3), (asset.GetProperty("kind").GetString(), asset.GetProperty("code").GetString(), asset.GetProperty("quantity").GetInt32()));
        Assert.Contains("Nợ 153 / Có 36612", created.GetProperty("asset_notice").GetString(), StringComparison.Ordinal);
        var voucher = await PayAsync(cli, created);

        var tb = await TrialBalanceAsync(cli);
        Assert.Equal((10_000_000L, -10_000_000L, 90_000_000L), (Closing(tb, "153"), Closing(tb, "36612"), Closing(tb, "008212", "off_balance")));
        Assert.DoesNotContain(tb.GetProperty("on_balance").EnumerateArray(), r => r.GetProperty("account").GetString()!.StartsWith("611", StringComparison.Ordinal));
        var tool = await cli.JsonAsync("tool", "show", "CC-VPTU-1");
        Assert.Equal((3, 10_000_000L, "Thủ kho"), (tool.GetProperty("in_store").GetInt32(), tool.GetProperty("in_store_value").GetInt64(), tool.GetProperty("custodian").GetString()));
        var receipt = Assert.Single(tool.GetProperty("history").EnumerateArray());
        Assert.Equal(("receipt", voucher), (receipt.GetProperty("kind").GetString(), receipt.GetProperty("voucher").GetString()));

        // Issued at the store's average, half up; the last unit takes what is left, so the store ends at exactly 0 đ.
        var first = await cli.JsonAsync("tool", "issue", "CC-VPTU-1", "--quantity", "1", "--date", "2026-04-01", "--custodian", "Phòng Tổng hợp", "--by", "ketoan");
        var second = await cli.JsonAsync("tool", "issue", "CC-VPTU-1", "--quantity", "2", "--date", "2026-05-01", "--by", "ketoan");
        Assert.Equal((3_333_333L, 6_666_667L), (first.GetProperty("value").GetInt64(), second.GetProperty("value").GetInt64()));
        Assert.Equal((0, 0L), (second.GetProperty("in_store").GetInt32(), second.GetProperty("in_store_value").GetInt64()));
        Assert.Equal("PXK", (await cli.JsonAsync("voucher", "show", first.GetProperty("voucher").GetString()!)).GetProperty("type").GetString());

        var issued = await TrialBalanceAsync(cli);
        Assert.Equal((0L, 10_000_000L), (Closing(issued, "153"), Closing(issued, "61112")));
        var (more, _, moreError) = await cli.RunAsync("tool", "issue", "CC-VPTU-1", "--quantity", "1", "--date", "2026-06-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, more);
        Assert.Contains("[tools.not-in-store]", moreError, StringComparison.Ordinal);
        Assert.Equal(issued.ToString(), (await TrialBalanceAsync(cli)).ToString());

        // Year end: Nợ 36612 / Có 5111 for what was issued; a rerun has nothing left to recognise.
        var closed = await cli.JsonAsync("tool", "close-year", "--year", "2026", "--by", "ketoan");
        Assert.Equal(10_000_000, closed.GetProperty("total").GetInt64());
        var after = await TrialBalanceAsync(cli);
        Assert.Equal((0L, -10_000_000L), (Closing(after, "36612"), Closing(after, "5111")));
        var again = await cli.JsonAsync("tool", "close-year", "--year", "2026", "--by", "ketoan");
        Assert.Equal(0, again.GetProperty("total").GetInt64());
        Assert.Equal(after.ToString(), (await TrialBalanceAsync(cli)).ToString());
        Assert.Equal(["receipt", "issue", "issue", "year-end"],
            (await cli.JsonAsync("tool", "show", "CC-VPTU-1")).GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));

        var csv = await cli.RunAsync("tool", "list", "--format", "csv");
        Assert.StartsWith("code,name,unit,measure,unit_cost,received,issued,in_store,received_value,issued_value,in_store_value,custodian,", csv.Out, StringComparison.Ordinal);
        Assert.Contains("CC-VPTU-1,Bàn phím,VPTU,bộ,3333333,3,3,0,10000000,10000000,0,", csv.Out, StringComparison.Ordinal);
        var text = await cli.RunAsync("tool", "list");
        Assert.Contains("CC-VPTU-1", text.Out, StringComparison.Ordinal);
        Assert.Contains("3.333.333 đ", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_InKindOrFromPartyFunds_PostsItsEntries_AndRefusesFixedAssetsEstimateMoneyAndTheWrongRole()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        string[] party = ["--unit", "VPTU", "--fund-source", "DANGPHI", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6956"];

        var gift = await cli.JsonAsync(["tool", "receive", "CC-01", "--name", "Ấm chén", "--measure", "bộ", "--quantity", "4", "--unit-cost", "250.000",
            "--date", "2026-03-01", .. Line, "--by", "ketoan"]);
        Assert.Equal("PNK", (await cli.JsonAsync("voucher", "show", gift.GetProperty("voucher").GetString()!)).GetProperty("type").GetString());
        var bought = await cli.JsonAsync(["tool", "receive", "CC-02", "--name", "Quạt cây", "--quantity", "2", "--unit-cost", "1.500.000",
            "--date", "2026-03-02", "--payment", "cash", .. party, "--by", "ketoan"]);
        Assert.Equal(3_000_000, bought.GetProperty("value").GetInt64());

        var tb = await TrialBalanceAsync(cli);
        Assert.Equal((4_000_000L, -4_000_000L), (Closing(tb, "153"), Closing(tb, "36612")));
        Assert.Equal((-3_000_000L, 3_000_000L), (Closing(tb, "1111"), Closing(tb, "353")));

        var (estimate, _, estimateError) = await cli.RunAsync(["tool", "receive", "CC-03", "--name", "Quạt", "--quantity", "1", "--unit-cost", "900000",
            "--payment", "cash", .. Line, "--by", "ketoan"]);
        var (fixedAsset, _, fixedError) = await cli.RunAsync(["tool", "receive", "CC-04", "--name", "Máy in", "--quantity", "1", "--unit-cost", "10.000.000", .. Line, "--by", "ketoan"]);
        var (role, _, roleError) = await cli.RunAsync(["tool", "receive", "CC-05", "--name", "Quạt", "--quantity", "1", "--unit-cost", "900000", .. Line, "--by", "thutruong.vptu"]);
        Assert.Equal((ExitCodes.Refused, ExitCodes.Refused, ExitCodes.Refused), (estimate, fixedAsset, role));
        Assert.Contains("[tools.through-spending]", estimateError, StringComparison.Ordinal);
        Assert.Contains("[tools.fixed-asset]", fixedError, StringComparison.Ordinal);
        Assert.Contains("[access.not-permitted]", roleError, StringComparison.Ordinal);
        Assert.Equal(tb.ToString(), (await TrialBalanceAsync(cli)).ToString());
        Assert.Equal(["CC-01", "CC-02"], (await cli.JsonAsync("tool", "list")).EnumerateArray().Select(t => t.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ARequest_ForSeveralFixedAssetsAtOnce_OrForMoreOfAToolOnAnotherLine_IsRefusedAndSavesNothing()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        string[] otherLine = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "non-autonomous", "--sector", "340-351", "--budget-item", "6956"];
        Assert.Equal(0, (await cli.RunAsync(["tool", "receive", "CC-01", "--name", "Chuột", "--quantity", "2", "--unit-cost", "200000", .. otherLine, "--by", "ketoan"])).Code);

        var (several, _, severalError) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "25.000.000", "--purpose", "Hai máy tính", "--asset-class", "MAY-TINH",
            "--asset-name", "Máy tính", "--quantity", "2", "--by", "ketoan"]);
        var (other, _, otherError) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "400000", "--purpose", "Thêm chuột", "--asset-class", "MAY-TINH",
            "--asset-name", "Chuột", "--asset-code", "CC-01", "--quantity", "2", "--by", "ketoan"]);

        Assert.Equal((ExitCodes.Refused, ExitCodes.Refused), (several, other));
        Assert.Contains("[assets.one-card-per-request]", severalError, StringComparison.Ordinal);
        Assert.Contains("--quantity", severalError, StringComparison.Ordinal);
        Assert.Contains("[tools.other-line]", otherError, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("spend", "list")).EnumerateArray());
    }

    [Fact]
    public async Task Import_IsAllOrNothing_NamingRowAndColumn_ThenPostsTheOpeningOnce()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        const string header = "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item,custodian\n";
        var bad = cli.File("bad.csv", header + "CC-A,Ghế nhựa,VPTU,cái,10,150.000,NSNN,340-351,6956,Thủ kho\nCC-B,Máy chiếu,VPTU,cái,1,12.000.000,NSNN,340-351,6956,\nCC-C,Bàn,VPTU,cái,x,1000,NSNN,340-351,6956,\n");

        var (code, _, error) = await cli.RunAsync("tool", "import", bad, "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("bad.csv: Dòng 3, cột unit_cost:", error, StringComparison.Ordinal);
        Assert.Contains("[tools.fixed-asset]", error, StringComparison.Ordinal);
        Assert.Contains("bad.csv: Dòng 4, cột quantity:", error, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("tool", "list")).EnumerateArray());

        var good = cli.File("good.csv", header + "CC-A,Ghế nhựa,VPTU,cái,10,150.000,NSNN,340-351,6956,Thủ kho\nCC-B,Đèn bàn,VPTU,chiếc,3,400000,NSNN,340-351,6956,\n");
        var imported = await cli.JsonAsync("tool", "import", good, "--date", "2026-01-01", "--by", "ketoan");
        var unit = imported.GetProperty("units").EnumerateArray().Single();
        Assert.Equal((2, 2_700_000L), (imported.GetProperty("added").GetInt32(), unit.GetProperty("value").GetInt64()));
        Assert.Equal((2_700_000L, -2_700_000L), (Closing(await TrialBalanceAsync(cli), "153"), Closing(await TrialBalanceAsync(cli), "36612")));

        var (twice, _, twiceError) = await cli.RunAsync("tool", "import", good, "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, twice);
        Assert.Contains("[tools.duplicate-code]", twiceError, StringComparison.Ordinal);
        Assert.Equal(2_700_000L, Closing(await TrialBalanceAsync(cli), "153"));
    }

    /// <summary>Issue 12, item 5: quantity × unit cost, and a unit's total in the file (one line of its opening voucher), stay within 10^15 đ, refused on their row.</summary>
    [Fact]
    public async Task Import_AboveTheAmountLimit_ByQuantityOrByTheUnitsTotal_IsRefusedOnItsRow_AndChangesNothing()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        const string header = "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item,custodian\n";
        var before = DatabaseFingerprint.Of(cli.Db.DbArgument);

        var (one, _, oneError) = await cli.RunAsync("tool", "import", cli.File("mot.csv", header + "CC-A,Ghế,VPTU,cái,2000000000,9.999.999,NSNN,340-351,6956,\n"),
            "--date", "2026-01-01", "--by", "ketoan");
        var (sum, _, sumError) = await cli.RunAsync("tool", "import", cli.File("tong.csv", header +
            "CC-A,Ghế,VPTU,cái,200000000,4.000.000,NSNN,340-351,6956,\nCC-B,Bàn,VPTU,cái,200000000,4.000.000,NSNN,340-351,6956,\n" +
            "CC-C,Tủ,VPTU,cái,1,1.000,NSNN,340-351,6956,\n"), "--date", "2026-01-01", "--by", "ketoan");

        Assert.Equal((ExitCodes.Refused, ExitCodes.Refused), (one, sum));
        Assert.Contains("mot.csv: Dòng 2, cột quantity: Giá trị 2.000.000.000 × 9.999.999 đ vượt giới hạn 1.000.000.000.000.000 đ", oneError, StringComparison.Ordinal);
        Assert.Contains("tong.csv: Dòng 3, cột quantity: Tổng giá trị công cụ, dụng cụ của đơn vị VPTU", sumError, StringComparison.Ordinal);
        Assert.DoesNotContain("Dòng 2", sumError, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(cli.Db.DbArgument));
    }

    [Fact]
    public async Task AnItemUsedUnderOneYear_IsATool_WhateverItCosts_OnEveryWayIn()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        string[] party = ["--unit", "VPTU", "--fund-source", "DANGPHI", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6956"];

        // Take-over import first (the register must match the ledger): the life_months column lets a costly short-lived item in; without it the row is a fixed asset.
        const string header = "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item,life_months\n";
        var (refused, _, refusedError) = await cli.RunAsync("tool", "import", cli.File("t1.csv", header + "CC-21,Rèm sân khấu,VPTU,bộ,1,11.000.000,NSNN,340-351,6956,\n"),
            "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, refused);
        Assert.Contains("t1.csv: Dòng 2, cột unit_cost:", refusedError, StringComparison.Ordinal);
        var (badLife, _, badLifeError) = await cli.RunAsync("tool", "import", cli.File("t2.csv", header + "CC-21,Rèm sân khấu,VPTU,bộ,1,11.000.000,NSNN,340-351,6956,nửa năm\n"),
            "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, badLife);
        Assert.Contains("t2.csv: Dòng 2, cột life_months:", badLifeError, StringComparison.Ordinal);
        var imported = await cli.JsonAsync("tool", "import", cli.File("t3.csv", header + "CC-21,Rèm sân khấu,VPTU,bộ,1,11.000.000,NSNN,340-351,6956,9\n"),
            "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(1, imported.GetProperty("added").GetInt32());

        // A request: 15.000.000 đ for one item is a fixed asset, unless it will be used for 8 months only.
        var request = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "15.000.000", "--purpose", "Màn hình hội nghị thuê dùng một mùa", "--asset-class", "TB-KHAC",
            "--asset-name", "Màn hình LED", "--life-months", "8", "--by", "ketoan"]);
        Assert.Equal("tool", request.GetProperty("asset").GetProperty("kind").GetString());
        Assert.Contains("thời gian sử dụng 8 tháng dưới 1 năm", request.GetProperty("asset_notice").GetString(), StringComparison.Ordinal);
        await PayAsync(cli, request);
        Assert.Equal(11_000_000L + 15_000_000L, Closing(await TrialBalanceAsync(cli), "153"));
        Assert.Empty((await cli.JsonAsync("asset", "list")).EnumerateArray());

        // Received in kind: 12.000.000 đ a piece is accepted as a tool only with a life under a year.
        var (long12, _, long12Error) = await cli.RunAsync(["tool", "receive", "CC-11", "--name", "Máy in", "--quantity", "1", "--unit-cost", "12.000.000", "--life-months", "12",
            .. Line, "--by", "ketoan"]);
        Assert.Equal(ExitCodes.Refused, long12);
        Assert.Contains("[tools.fixed-asset]", long12Error, StringComparison.Ordinal);
        Assert.Contains("--life-months", long12Error, StringComparison.Ordinal);
        var shortLived = await cli.JsonAsync(["tool", "receive", "CC-12", "--name", "Bộ phông sân khấu", "--quantity", "1", "--unit-cost", "12.000.000", "--life-months", "6",
            .. Line, "--by", "ketoan"]);
        Assert.Equal(12_000_000L, shortLived.GetProperty("value").GetInt64());
        var (zero, _, zeroError) = await cli.RunAsync(["tool", "receive", "CC-13", "--name", "Quạt", "--quantity", "1", "--unit-cost", "900000", "--life-months", "0", .. Line, "--by", "ketoan"]);
        Assert.Equal(ExitCodes.Refused, zero);
        Assert.Contains("--life-months", zeroError, StringComparison.Ordinal);

        // Party funds: a fixed-asset purchase declared short-lived is refused as a tool, naming the life.
        var before = await TrialBalanceAsync(cli);
        var (purchase, _, purchaseError) = await cli.RunAsync(["asset", "purchase", "TS-01", "--name", "Loa kéo", "--class", "TB-KHAC", "--amount", "20.000.000", "--method", "cash",
            "--life-months", "10", "--reason", "QĐ 5/QĐ-VPTU", .. party, "--by", "ketoan"]);
        Assert.Equal(ExitCodes.Refused, purchase);
        Assert.Contains("[assets.below-threshold]", purchaseError, StringComparison.Ordinal);
        Assert.Contains("thời gian sử dụng 10 tháng dưới 1 năm", purchaseError, StringComparison.Ordinal);
        Assert.Equal(before.ToString(), (await TrialBalanceAsync(cli)).ToString());
    }

    private static async Task<JsonElement> TrialBalanceAsync(Scenario cli) => await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");

    private static async Task<string> PayAsync(Scenario cli, JsonElement request)
    {
        var id = N(request.GetProperty("id").GetInt64());
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        await cli.JsonAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "45/QĐ-VPTU", "--date", "2026-03-10");
        var paid = await cli.JsonAsync("spend", "pay", id, "--date", "2026-03-15", "--by", "ketoan");
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        return paid.GetProperty("voucher_no").GetString()!;
    }

    private static long Closing(JsonElement tb, string account, string side = "on_balance") =>
        tb.GetProperty(side).EnumerateArray().Where(r => r.GetProperty("account").GetString() == account)
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static async Task<Scenario> SetUpAsync(DatabaseProvider provider)
    {
        var cli = await Scenario.CreateAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var user = await cli.RunAsync("user", "add", "thutruong.vptu", "--name", "Thủ trưởng VPTU", "--role", "unit-head", "--scope", "VPTU", "--from", "2025-01-01", "--by", "admin");
        Assert.True(user.Code == 0, user.Err);
        var imported = await cli.RunAsync("budget", "import", cli.File("estimates.csv", Estimates), "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);
        return cli;
    }
}

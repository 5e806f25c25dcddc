using System.Globalization;
using System.Text.Json;
using PartyFinance.Cli.Tests.Reporting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Assets;

/// <summary>
/// A paid spending request on an asset purchase item (db/assets/purchase-items.csv) books the asset,
/// not an expense, and opens its card in the same transaction (clock 15/03/2026).
/// </summary>
public sealed class AssetPurchaseCliTests
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

    private static readonly string[] Laptop =
        ["--asset-class", "MAY-TINH", "--asset-name", "Máy tính xách tay", "--location", "Phòng Tài chính", "--custodian", "Nguyễn Văn A"];

    [Fact]
    public Task PaidRequestOnAnAssetItem_BooksTheAssetNotAnExpense_OpensTheCard_AndDecembersWearTakesIt() => PurchaseScenarioAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_PaidRequestOnAnAssetItem_BooksTheAssetAndOpensTheCard() => PurchaseScenarioAsync(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_PaidRequestOnAnAssetItem_BooksTheAssetAndOpensTheCard() => PurchaseScenarioAsync(DatabaseProvider.SqlServer);

    private static async Task PurchaseScenarioAsync(DatabaseProvider provider)
    {
        await using var cli = await SetUpAsync(provider);
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "25.000.000", "--purpose", "Mua máy tính", .. Laptop, "--by", "ketoan"]);
        var asset = created.GetProperty("asset");
        Assert.Equal(("TS-VPTU-1", "MAY-TINH"), (asset.GetProperty("code").GetString(), asset.GetProperty("class").GetString()));

        var voucher = await PayAsync(cli, created);

        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(25_000_000, Closing(tb.GetProperty("on_balance"), "21131"));
        Assert.Equal(-25_000_000, Closing(tb.GetProperty("on_balance"), "36611"));
        Assert.DoesNotContain(tb.GetProperty("on_balance").EnumerateArray(), r => r.GetProperty("account").GetString()!.StartsWith("611", StringComparison.Ordinal));
        Assert.DoesNotContain(tb.GetProperty("on_balance").EnumerateArray(), r => r.GetProperty("account").GetString()!.StartsWith("511", StringComparison.Ordinal));
        Assert.Equal(75_000_000, Closing(tb.GetProperty("off_balance"), "008212"));
        var line = (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2026")).EnumerateArray().Single();
        Assert.Equal((25_000_000L, 75_000_000L), (line.GetProperty("spent").GetInt64(), line.GetProperty("available").GetInt64()));

        var card = await cli.JsonAsync("asset", "show", "TS-VPTU-1");
        Assert.Equal(("purchase", "2026-03-15", 25_000_000L), (card.GetProperty("origin").GetString(), card.GetProperty("in_service").GetString(), card.GetProperty("original_cost").GetInt64()));
        Assert.Equal((25_000_000L, 0L), (card.GetProperty("funding").GetProperty("state").GetInt64(), card.GetProperty("funding").GetProperty("party").GetInt64()));
        Assert.Equal(("Phòng Tài chính", "Nguyễn Văn A"), (card.GetProperty("location").GetString(), card.GetProperty("custodian").GetString()));
        var opening = Assert.Single(card.GetProperty("history").EnumerateArray());
        Assert.Equal(("purchase", voucher), (opening.GetProperty("kind").GetString(), opening.GetProperty("vouchers").GetString()));

        var wear = await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan");
        Assert.True(wear.GetProperty("worn").GetInt32() == 1, wear.ToString());
        Assert.Equal(3_572_500, wear.GetProperty("total_wear").GetInt64()); // 25.000.000 × 14,29 % (MAY-TINH, TT 141/2025)
        var after = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(-3_572_500, Closing(after.GetProperty("on_balance"), "2141"));
        Assert.Equal(-25_000_000 + 3_572_500, Closing(after.GetProperty("on_balance"), "36611"));
        Assert.Equal(25_000_000 - 3_572_500, (await cli.JsonAsync("asset", "show", "TS-VPTU-1")).GetProperty("residual").GetInt64());
    }

    [Fact]
    public async Task RequestOnAnAssetItem_WithoutItsClassOrName_IsRefusedNamingTheOption_AndSavesNothing()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);

        var (code, _, error) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Mua máy tính", "--by", "ketoan"]);
        var (unknown, _, unknownError) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Mua máy tính",
            "--asset-class", "KHONG-CO", "--asset-name", "Máy", "--by", "ketoan"]);
        var (advance, _, advanceError) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Mua máy tính", .. Laptop,
            "--advance", "--counterparty", "Nguyễn Văn A", "--by", "ketoan"]);

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("--asset-class", error, StringComparison.Ordinal);
        Assert.Contains("--asset-name", error, StringComparison.Ordinal);
        Assert.Contains("[spending.asset-details-missing]", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, unknown);
        Assert.Contains("[assets.class-unknown]", unknownError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, advance);
        Assert.Contains("[spending.asset-by-advance]", advanceError, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("spend", "list")).EnumerateArray());

        string[] office = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6501"];
        var (other, _, otherError) = await cli.RunAsync(["spend", "request", .. office, "--amount", "25000000", "--purpose", "Văn phòng phẩm", .. Laptop, "--by", "ketoan"]);
        Assert.Equal(ExitCodes.Refused, other);
        Assert.Contains("[spending.not-a-purchase-item]", otherError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BelowTheThreshold_ItIsATool_ReceivedIntoTheToolsRegisterWithoutACard_AndTheOutputSaysSo()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var (code, output, _) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "9.999.999", "--purpose", "Mua chuột, bàn phím", .. Laptop, "--by", "ketoan"]);
        Assert.Equal(0, code);
        Assert.Contains("công cụ, dụng cụ", output, StringComparison.Ordinal);
        Assert.Contains("10.000.000 đ", output, StringComparison.Ordinal);

        var created = (await cli.JsonAsync("spend", "list")).EnumerateArray().Single();
        var shown = await cli.JsonAsync("spend", "show", N(created.GetProperty("id").GetInt64()));
        Assert.Equal(("tool", "CC-VPTU-1"), (shown.GetProperty("asset").GetProperty("kind").GetString(), shown.GetProperty("asset").GetProperty("code").GetString()));
        await PayAsync(cli, shown);

        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(9_999_999, Closing(tb.GetProperty("on_balance"), "153"));
        Assert.Equal(-9_999_999, Closing(tb.GetProperty("on_balance"), "36612"));
        Assert.DoesNotContain(tb.GetProperty("on_balance").EnumerateArray(), r => r.GetProperty("account").GetString()!.StartsWith("211", StringComparison.Ordinal));
        Assert.DoesNotContain(tb.GetProperty("on_balance").EnumerateArray(), r => r.GetProperty("account").GetString()!.StartsWith("611", StringComparison.Ordinal));
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
        Assert.Equal(9_999_999, (await cli.JsonAsync("tool", "show", "CC-VPTU-1")).GetProperty("in_store_value").GetInt64());
    }

    [Fact]
    public async Task ARefusedPayment_LeavesNoCardAndNoVoucher_EvenWhenTheCardIsWhatFails()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var first = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Máy tính 1", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        var second = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "30000000", "--purpose", "Máy tính 2", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        await ApproveAsync(cli, first);
        await ApproveAsync(cli, second);
        var before = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString();

        // Cash not withdrawn: refused before any voucher.
        var (cash, _, cashError) = await cli.RunAsync("spend", "pay", N(first.GetProperty("id").GetInt64()), "--date", "2026-03-15", "--method", "cash", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, cash);
        Assert.Contains("[budget.cash-not-withdrawn]", cashError, StringComparison.Ordinal);
        Assert.NotEqual(0, (await cli.RunAsync("asset", "show", "MT-01")).Code);
        Assert.Equal(before, (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString());

        await cli.JsonAsync("spend", "pay", N(first.GetProperty("id").GetInt64()), "--date", "2026-03-15", "--by", "ketoan");
        var paidOnce = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString();

        // The voucher posts, then the card's code is taken: the whole payment rolls back.
        var (dup, _, dupError) = await cli.RunAsync("spend", "pay", N(second.GetProperty("id").GetInt64()), "--date", "2026-03-16", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, dup);
        Assert.Contains("[assets.duplicate-code]", dupError, StringComparison.Ordinal);
        Assert.Equal(paidOnce, (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString());
        Assert.Equal("approved", (await cli.JsonAsync("spend", "show", N(second.GetProperty("id").GetInt64()))).GetProperty("status").GetString());
        Assert.Equal(25_000_000, (await cli.JsonAsync("asset", "show", "MT-01")).GetProperty("original_cost").GetInt64());
    }

    [Fact]
    public async Task ReversingThePurchasePayment_TakesTheCardOffTheRegister_AndRestoresTheEstimate_WhileNothingElseTouchedIt()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Máy tính", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        var voucher = await PayAsync(cli, created);

        var reversal = await cli.RunAsync("voucher", "reverse", voucher, "--date", "2026-03-20", "--reason", "Nhầm nhà cung cấp", "--by", "ketoan");
        Assert.True(reversal.Code == 0, reversal.Err);

        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal((0L, 0L), (Closing(tb.GetProperty("on_balance"), "21131"), Closing(tb.GetProperty("on_balance"), "36611")));
        Assert.Equal(100_000_000, Closing(tb.GetProperty("off_balance"), "008212"));
        Assert.Equal("approved", (await cli.JsonAsync("spend", "show", N(created.GetProperty("id").GetInt64()))).GetProperty("status").GetString());
        var card = await cli.JsonAsync("asset", "show", "MT-01");
        Assert.Equal(("purchase-reversed", 0L), (card.GetProperty("status").GetString(), card.GetProperty("original_cost").GetInt64()));
        Assert.Equal(["purchase", "purchase-reversed"], card.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
    }

    private const string RegisterHeader = "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n";

    [Fact]
    public Task AReversedCardsCode_IsTakenByAnImportedCard_BothInHistory_AndWearReportAndLedgerSeeOnlyTheLiveCard() => ReusedCodeScenarioAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_AReversedCardsCode_IsTakenByAnImportedCard() => ReusedCodeScenarioAsync(DatabaseProvider.Postgres);

    private static async Task ReusedCodeScenarioAsync(DatabaseProvider provider)
    {
        await using var cli = await SetUpAsync(provider);
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Máy tính", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        var voucher = await PayAsync(cli, created);
        var register = RegisterHeader + "MT-01,Máy tính để bàn (tiếp nhận),MAY-TINH,VPTU,2026-03-22,30000000,0,30000000,0,0,purchase,Phòng Tổng hợp,,340-351\n";

        // While the card is live its code is refused everywhere, and nothing changes.
        var live = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", register), "--date", "2026-04-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, live.Code);
        Assert.Contains("tai-san.csv: Dòng 2, cột code:", live.Err, StringComparison.Ordinal);
        Assert.Contains("[assets.duplicate-code]", live.Err, StringComparison.Ordinal);
        var again = await cli.RunAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Máy tính", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        Assert.Equal(ExitCodes.Refused, again.Code);
        Assert.Contains("[assets.duplicate-code]", again.Err, StringComparison.Ordinal);
        Assert.Equal(25_000_000, Assert.Single((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray()).GetProperty("original_cost").GetInt64());

        var reversal = await cli.RunAsync("voucher", "reverse", voucher, "--date", "2026-03-20", "--reason", "Nhầm nhà cung cấp", "--by", "ketoan");
        Assert.True(reversal.Code == 0, reversal.Err);
        var reversedHistory = JsonSerializer.Serialize((await cli.JsonAsync("asset", "show", "MT-01")).GetProperty("history"));

        // Once reversed, a register taken over may hold the code again: a new card, the reversed one kept as it was.
        var imported = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", register), "--date", "2026-04-01", "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);

        var card = await cli.JsonAsync("asset", "show", "MT-01");
        Assert.Equal(("in-use", 30_000_000L, "Máy tính để bàn (tiếp nhận)"),
            (card.GetProperty("status").GetString(), card.GetProperty("original_cost").GetInt64(), card.GetProperty("name").GetString()));
        var earlier = Assert.Single(card.GetProperty("earlier_cards").EnumerateArray());
        Assert.Equal(("purchase-reversed", 0L, "Máy tính xách tay"),
            (earlier.GetProperty("status").GetString(), earlier.GetProperty("original_cost").GetInt64(), earlier.GetProperty("name").GetString()));
        Assert.Equal(["purchase", "purchase-reversed"], earlier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal(voucher, earlier.GetProperty("history")[0].GetProperty("vouchers").GetString());
        Assert.Equal(reversedHistory, JsonSerializer.Serialize(earlier.GetProperty("history")));
        var text = await cli.RunAsync("asset", "show", "MT-01");
        Assert.Contains("Thẻ trước đây cùng mã MT-01", text.Out, StringComparison.Ordinal);
        Assert.Contains("Đã hủy ghi tăng (đảo chứng từ mua)", text.Out, StringComparison.Ordinal);

        var listed = Assert.Single((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
        Assert.Equal(("MT-01", 30_000_000L), (listed.GetProperty("code").GetString(), listed.GetProperty("original_cost").GetInt64()));

        // December's wear takes the live card only, and the ledger and the reports agree with it.
        var wear = await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan");
        Assert.True(wear.GetProperty("worn").GetInt32() == 1, wear.ToString());
        Assert.Empty(wear.GetProperty("skipped").EnumerateArray());
        var worn = wear.GetProperty("total_wear").GetInt64();
        Assert.True(worn > 0);
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(30_000_000, Closing(tb.GetProperty("on_balance"), "21131"));
        Assert.Equal(-worn, Closing(tb.GetProperty("on_balance"), "2141"));
        Assert.Equal((30_000_000L, worn), ((await cli.JsonAsync("asset", "show", "MT-01")).GetProperty("original_cost").GetInt64(),
            (await cli.JsonAsync("asset", "show", "MT-01")).GetProperty("accumulated_wear").GetInt64()));
        var registerReport = await cli.JsonAsync("report", "show", "asset-register", "--year", "2026", "--unit", "VPTU");
        Assert.Empty(registerReport.GetProperty("notes").EnumerateArray());
        var rows = registerReport.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("texts") is { ValueKind: JsonValueKind.Object } t && t.TryGetProperty("code", out var c) && c.GetString() == "MT-01").ToList();
        Assert.Equal(30_000_000, Assert.Single(rows).GetProperty("values").GetProperty("cost").GetInt64());
        var movement = await cli.JsonAsync("report", "show", "asset-movement", "--year", "2026", "--unit", "VPTU");
        Assert.Empty(movement.GetProperty("notes").EnumerateArray());
        Assert.Equal(worn, ReportScenario.Value(movement, "30", "wear_year"));

        // The new card is live: the same code is refused again, and a wear rerun changes nothing.
        var twice = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", register), "--date", "2026-04-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, twice.Code);
        Assert.Contains("[assets.duplicate-code]", twice.Err, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan")).GetProperty("worn").GetInt32());
    }

    [Fact]
    public async Task PayingTheRequestAgain_AfterItsPurchaseWasReversed_OpensANewCardWithTheCode_AndAnotherCodeLikeItsKeyStaysApart()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Máy tính", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        var first = await PayAsync(cli, created);
        Assert.Equal(0, (await cli.RunAsync("voucher", "reverse", first, "--date", "2026-03-20", "--reason", "Nhầm", "--by", "ketoan")).Code);

        var paid = await cli.JsonAsync("spend", "pay", N(created.GetProperty("id").GetInt64()), "--date", "2026-03-25", "--by", "ketoan");
        var second = paid.GetProperty("voucher_no").GetString()!;
        Assert.NotEqual(first, second);
        var card = await cli.JsonAsync("asset", "show", "MT-01");
        Assert.Equal(("in-use", 25_000_000L), (card.GetProperty("status").GetString(), card.GetProperty("original_cost").GetInt64()));
        Assert.Equal(second, card.GetProperty("history")[0].GetProperty("vouchers").GetString());
        Assert.Equal(first, Assert.Single(card.GetProperty("earlier_cards").EnumerateArray()).GetProperty("history")[0].GetProperty("vouchers").GetString());

        // A code that looks like the stored key of the second card is its own card.
        var register = RegisterHeader + "MT-01#2,Máy in,MAY-TINH,VPTU,2025-06-01,12000000,0,12000000,0,0,purchase,,,340-351\n";
        var imported = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", register), "--date", "2026-04-01", "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);
        var other = await cli.JsonAsync("asset", "show", "MT-01#2");
        Assert.Equal(("Máy in", 12_000_000L, 0), (other.GetProperty("name").GetString(), other.GetProperty("original_cost").GetInt64(), other.GetProperty("earlier_cards").GetArrayLength()));
        Assert.Equal(["MT-01", "MT-01#2"], (await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray().Select(a => a.GetProperty("code").GetString()).Order(StringComparer.Ordinal));

        // Reversing the second payment takes the second card off the register; both reversed cards stay in history.
        Assert.Equal(0, (await cli.RunAsync("voucher", "reverse", second, "--date", "2026-03-26", "--reason", "Nhầm lần nữa", "--by", "ketoan")).Code);
        var both = await cli.JsonAsync("asset", "show", "MT-01");
        Assert.Equal("purchase-reversed", both.GetProperty("status").GetString());
        Assert.Equal(second, both.GetProperty("history")[0].GetProperty("vouchers").GetString());
        Assert.Equal(first, Assert.Single(both.GetProperty("earlier_cards").EnumerateArray()).GetProperty("history")[0].GetProperty("vouchers").GetString());
        Assert.Equal(["MT-01#2"], (await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray().Select(a => a.GetProperty("code").GetString()));
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(12_000_000, Closing(tb.GetProperty("on_balance"), "21131"));
    }

    [Fact]
    public async Task ReversingThePurchasePayment_OnceTheCardWasWorn_IsRefusedClearly_AndChangesNothing()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var created = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "25000000", "--purpose", "Máy tính", .. Laptop, "--asset-code", "MT-01", "--by", "ketoan"]);
        var voucher = await PayAsync(cli, created);
        Assert.Equal(1, (await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan")).GetProperty("worn").GetInt32());
        var worn = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString();

        var (code, _, error) = await cli.RunAsync("voucher", "reverse", voucher, "--date", "2026-12-31", "--reason", "Nhầm", "--by", "ketoan");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[assets.touched-after-purchase]", error, StringComparison.Ordinal);
        Assert.Contains("MT-01", error, StringComparison.Ordinal);
        Assert.Equal(worn, (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString());
        Assert.Equal("paid", (await cli.JsonAsync("spend", "show", N(created.GetProperty("id").GetInt64()))).GetProperty("status").GetString());
        Assert.Equal("in-use", (await cli.JsonAsync("asset", "show", "MT-01")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReversingAToolPurchase_TakesBackItsReceipt_UnlessSomethingWasIssuedSince()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var first = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "3000000", "--purpose", "Chuột", .. Laptop, "--asset-code", "CC-1", "--quantity", "3", "--by", "ketoan"]);
        var second = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "2000000", "--purpose", "Chuột", .. Laptop, "--asset-code", "CC-2", "--quantity", "2", "--by", "ketoan"]);
        var kept = await PayAsync(cli, first);
        var undone = await PayAsync(cli, second);
        Assert.Equal(0, (await cli.RunAsync("tool", "issue", "CC-1", "--quantity", "1", "--date", "2026-03-16", "--by", "ketoan")).Code);

        var (refused, _, refusedError) = await cli.RunAsync("voucher", "reverse", kept, "--date", "2026-03-20", "--reason", "Nhầm", "--by", "ketoan");
        var reversed = await cli.RunAsync("voucher", "reverse", undone, "--date", "2026-03-20", "--reason", "Nhầm", "--by", "ketoan");

        Assert.Equal(ExitCodes.Refused, refused);
        Assert.Contains("[tools.touched-after-receipt]", refusedError, StringComparison.Ordinal);
        Assert.True(reversed.Code == 0, reversed.Err);
        var tool = await cli.JsonAsync("tool", "show", "CC-2");
        Assert.Equal((0, 0L), (tool.GetProperty("in_store").GetInt32(), tool.GetProperty("in_store_value").GetInt64()));
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal((2_000_000L, 97_000_000L), (Closing(tb.GetProperty("on_balance"), "153"), Closing(tb.GetProperty("off_balance"), "008212")));

        // The request stepped back to approved: paid again, the receipt goes into the same tool.
        var again = await cli.JsonAsync("spend", "pay", N(second.GetProperty("id").GetInt64()), "--date", "2026-03-21", "--by", "ketoan");
        Assert.Equal("paid", again.GetProperty("status").GetString());
        Assert.Equal(2, (await cli.JsonAsync("tool", "show", "CC-2")).GetProperty("in_store").GetInt32());
    }

    private static readonly string[] Party = ["--unit", "VPTU", "--fund-source", "DANGPHI", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6956"];

    [Fact]
    public async Task AnAssetBoughtWithPartyFunds_WaitsForTheDeciderThePurchaseRulesName_ThenIsBookedFromTheFundOn353_AndWornLikeAnyOther()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        string[] projector = ["TS-D1", "--name", "Máy chiếu", "--class", "MAY-TINH", "--amount", "30.000.000", "--date", "2026-03-10", "--reason", "QĐ 5/QĐ-VPTU"];
        var before = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");

        var opened = await cli.JsonAsync(["asset", "purchase", .. projector, .. Party, "--by", "ketoan"]);
        var (state, _, stateError) = await cli.RunAsync(["asset", "purchase", "TS-N1", "--name", "Máy chiếu", "--class", "MAY-TINH", "--amount", "30000000",
            "--reason", "QĐ 6", .. Line, "--by", "ketoan"]);

        Assert.Equal(ExitCodes.Refused, state);
        Assert.Contains("[assets.through-spending]", stateError, StringComparison.Ordinal);
        var approval = opened.GetProperty("approval");
        var decided = await cli.JsonAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "VPTU", "--value", "30000000",
            "--funding", "party-funds", "--date", "2026-03-10");
        Assert.Equal(("pending", 30_000_000L, "unit-head"), (opened.GetProperty("status").GetString(), opened.GetProperty("original_cost").GetInt64(),
            approval.GetProperty("decider").GetString()));
        Assert.Equal(decided.GetProperty("decider").GetString(), approval.GetProperty("decider").GetString());
        Assert.Equal(decided.GetProperty("citation").GetString(), approval.GetProperty("citation").GetString());

        // Nothing is booked and there is no card until the decider signs; the maker may not sign.
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
        Assert.Equal(ExitCodes.Refused, (await cli.RunAsync("asset", "show", "TS-D1")).Code);
        Assert.Equal(before.ToString(), (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString());
        var number = N(approval.GetProperty("number").GetInt64());
        var (self, _, selfError) = await cli.RunAsync("approval", "approve", number, "--decision-no", "5/QĐ-VPTU", "--date", "2026-03-10", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, self);
        Assert.Contains("ketoan", selfError, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());

        var signed = await cli.RunAsync("approval", "approve", number, "--decision-no", "5/QĐ-VPTU", "--date", "2026-03-10", "--by", "thutruong.vptu");
        Assert.True(signed.Code == 0, signed.Err);

        var card = await cli.JsonAsync("asset", "show", "TS-D1");
        Assert.Equal(("purchase", "2026-03-10", 30_000_000L, 30_000_000L), (card.GetProperty("origin").GetString(), card.GetProperty("in_service").GetString(),
            card.GetProperty("original_cost").GetInt64(), card.GetProperty("funding").GetProperty("party").GetInt64()));
        var tb = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).GetProperty("on_balance");
        Assert.Equal((30_000_000L, -30_000_000L, 30_000_000L, -30_000_000L), (Closing(tb, "21131"), Closing(tb, "1111"), Closing(tb, "353"), Closing(tb, "36611")));
        var (again, _, againError) = await cli.RunAsync("approval", "approve", number, "--decision-no", "5/QĐ-VPTU", "--date", "2026-03-10", "--by", "thutruong.vptu");
        Assert.Equal(ExitCodes.Refused, again);
        Assert.NotEmpty(againError);

        Assert.Equal(4_287_000, (await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan")).GetProperty("total_wear").GetInt64()); // 30.000.000 × 14,29 %
        var worn = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).GetProperty("on_balance");
        Assert.Equal((-4_287_000L, -30_000_000L + 4_287_000L), (Closing(worn, "5118"), Closing(worn, "36611")));
    }

    [Fact]
    public async Task APurchaseWithPartyFunds_AtEveryBandEdge_NamesTheDeciderAuthorityDecideNames_AndTheOutputNamesDeciderAndCitation()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        var values = new long[] { 10_000_000, 199_999_999, 200_000_000, 999_999_999, 1_000_000_000, 1_999_999_999, 2_000_000_000 };
        var seen = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            var decided = await cli.JsonAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "VPTU", "--value", N(values[i]),
                "--funding", "party-funds", "--date", "2026-03-01");
            var opened = await cli.JsonAsync(["asset", "purchase", $"TS-B{i}", "--name", "Thiết bị", "--class", "TB-KHAC", "--amount", N(values[i]), "--date", "2026-03-01",
                "--reason", "QĐ mua", .. Party, "--by", "ketoan"]);
            Assert.Equal(decided.GetProperty("decider").GetString(), opened.GetProperty("approval").GetProperty("decider").GetString());
            Assert.Equal(decided.GetProperty("citation").GetString(), opened.GetProperty("approval").GetProperty("citation").GetString());
            seen.Add(decided.GetProperty("decider").GetString()!);
        }

        Assert.Equal(["unit-head", "unit-head", "office-chief", "office-chief", "standing-board", "standing-board", "standing-committee"], seen);

        var (code, output, error) = await cli.RunAsync(["asset", "purchase", "TS-T1", "--name", "Máy chủ", "--class", "TB-KHAC", "--amount", "250.000.000", "--date", "2026-03-01",
            "--reason", "QĐ mua", .. Party, "--by", "ketoan"]);
        Assert.True(code == 0, error);
        Assert.Contains("Đã lập đề nghị mua số 8: mua tài sản cố định TS-T1 (Máy chủ, loại TB-KHAC) bằng kinh phí của Đảng, nguyên giá 250.000.000 đ ngày 01/03/2026.", output, StringComparison.Ordinal);
        Assert.Contains("Thẩm quyền quyết định: Chánh Văn phòng Tỉnh ủy theo", output, StringComparison.Ordinal);
        Assert.Contains("Điều 4 khoản 1 quy định phân cấp sau hợp nhất", output, StringComparison.Ordinal);
        Assert.Contains("Chuỗi duyệt: ", output, StringComparison.Ordinal);
        Assert.Contains("partyfinance approval approve 8 ", output, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
    }

    [Fact]
    public async Task ARefusedPurchaseChangesNothing_AndARejectedOneLeavesOnlyTheRejectedRequest_ThenTheCodeMayBeAskedAgain()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        string[] projector = ["TS-D1", "--name", "Máy chiếu", "--class", "MAY-TINH", "--amount", "30.000.000", "--date", "2026-03-10", "--reason", "QĐ 5/QĐ-VPTU"];
        string[] decisionTables = ["approval_requests", "approval_events", "approval_numbers", "counters", "asset_purchases", "audit_events", "audit_log"];
        var pristine = DatabaseFingerprint.Of(cli.Db.DbArgument, decisionTables);
        var opened = await cli.JsonAsync(["asset", "purchase", .. projector, .. Party, "--by", "ketoan"]);

        // While it waits, the same code is refused, and so is an unknown unit; neither changes a row.
        var waiting = DatabaseFingerprint.Of(cli.Db.DbArgument);
        var (twice, _, twiceError) = await cli.RunAsync(["asset", "purchase", .. projector, .. Party, "--by", "ketoan"]);
        string[] nowhere = ["--unit", "KHONG", "--fund-source", "DANGPHI", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6956"];
        var (unit, _, unitError) = await cli.RunAsync(["asset", "purchase", "TS-D2", "--name", "Máy chiếu", "--class", "MAY-TINH", "--amount", "30000000", "--date", "2026-03-10",
            "--reason", "QĐ 6", .. nowhere, "--by", "ketoan"]);
        Assert.Equal(ExitCodes.Refused, twice);
        Assert.Contains("[assets.action-pending]", twiceError, StringComparison.Ordinal);
        Assert.NotEqual(0, unit);
        Assert.Contains("KHONG", unitError, StringComparison.Ordinal);
        Assert.Equal(waiting, DatabaseFingerprint.Of(cli.Db.DbArgument));

        // Rejected: only the approval chain, the purchase request and the audit trail record it; no card, voucher, balance or counter moved.
        var number = N(opened.GetProperty("approval").GetProperty("number").GetInt64());
        var rejected = await cli.RunAsync("approval", "reject", number, "--reason", "Chưa có báo giá", "--by", "thutruong.vptu");
        Assert.True(rejected.Code == 0, rejected.Err);
        Assert.Equal(pristine, DatabaseFingerprint.Of(cli.Db.DbArgument, decisionTables));
        Assert.Equal("rejected", (await cli.JsonAsync("approval", "show", number)).GetProperty("status").GetString());
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
        Assert.Equal(ExitCodes.Refused, (await cli.RunAsync("approval", "approve", number, "--decision-no", "5", "--date", "2026-03-10", "--by", "thutruong.vptu")).Code);

        // The rejected request holds no code: the purchase may be asked for again.
        var asked = await cli.JsonAsync(["asset", "purchase", .. projector, .. Party, "--by", "ketoan"]);
        Assert.Equal("pending", asked.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ASpecialAsset_IsBoughtOrTakenOverOnlyAtTheConventionalCostOfTheRegime()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite);
        string[] special = ["--asset-class", "DAC-THU", "--asset-name", "Hiện vật truyền thống"];

        var (code, _, error) = await cli.RunAsync(["spend", "request", .. Line, "--amount", "45000000", "--purpose", "Hiện vật", .. special, "--by", "ketoan"]);
        var atValue = await cli.JsonAsync(["spend", "request", .. Line, "--amount", "10.000.000", "--purpose", "Hiện vật", .. special, "--by", "ketoan"]);

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[assets.special-asset-value]", error, StringComparison.Ordinal);
        Assert.Contains("10.000.000 đ", error, StringComparison.Ordinal);
        Assert.Equal(("fixed-asset", "DAC-THU"), (atValue.GetProperty("asset").GetProperty("kind").GetString(), atValue.GetProperty("asset").GetProperty("class").GetString()));

        const string header = "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian\n";
        var (import, _, importError) = await cli.RunAsync("asset", "import", cli.File("special.csv", header + "DT-1,Cờ truyền thống,DAC-THU,VPTU,2026-01-01,25000000,0,25000000,0,0,gift,,\n"),
            "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, import);
        Assert.Contains("special.csv: Dòng 2, cột original_cost:", importError, StringComparison.Ordinal);
        Assert.Contains("[assets.special-asset-value]", importError, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
        var ok = await cli.RunAsync("asset", "import", cli.File("special-ok.csv", header + "DT-1,Cờ truyền thống,DAC-THU,VPTU,2026-01-01,10000000,0,10000000,0,0,gift,,\n"),
            "--date", "2026-01-01", "--by", "ketoan");
        Assert.True(ok.Code == 0, ok.Err);

        // Found in a stocktake, a special asset is described at the conventional cost too.
        var sheet = await cli.JsonAsync("asset", "stocktake", "start", "--unit", "VPTU", "--date", "2026-11-30", "--by", "ketoan");
        var (count, _, countError) = await cli.RunAsync("asset", "stocktake", "count", N(sheet.GetProperty("sheet").GetInt64()),
            cli.File("dem.csv", "code,found,name,class,original_cost,in_service\nDT-1,yes,,,,\nDT-2,yes,Huy hiệu,DAC-THU,5000000,2026-01-01\n"), "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, count);
        Assert.Contains("dem.csv: Dòng 3, cột original_cost:", countError, StringComparison.Ordinal);
        Assert.Contains("[assets.special-asset-value]", countError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAnItemThatAlsoHoldsExpenses_TheCardIsOpenedOnlyWhenTheAssetIsNamed()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite, "VPTU,2026,NSNN,autonomous,340-351,7053,100000000,12-QĐ/VPTU,2026-01-05\n");
        string[] software = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "7053"];
        var maintenance = await cli.JsonAsync(["spend", "request", .. software, "--amount", "20000000", "--purpose", "Bảo trì phần mềm kế toán", "--by", "ketoan"]);
        var purchase = await cli.JsonAsync(["spend", "request", .. software, "--amount", "30000000", "--purpose", "Mua phần mềm quản lý tài sản",
            "--asset-class", "PHAN-MEM", "--asset-name", "Phần mềm quản lý tài sản", "--by", "ketoan"]);
        Assert.Equal(JsonValueKind.Null, maintenance.GetProperty("asset").ValueKind);
        Assert.Contains("--asset-class", maintenance.GetProperty("asset_notice").GetString(), StringComparison.Ordinal);
        Assert.Equal("TS-VPTU-2", purchase.GetProperty("asset").GetProperty("code").GetString());

        await PayAsync(cli, maintenance);
        await PayAsync(cli, purchase);

        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(20_000_000, Closing(tb.GetProperty("on_balance"), "61118")); // item 7053: 7050–8099 → 61118
        Assert.Equal(30_000_000, Closing(tb.GetProperty("on_balance"), "2135"));
        Assert.Equal(-30_000_000, Closing(tb.GetProperty("on_balance"), "36611"));
        Assert.Equal("TS-VPTU-2", Assert.Single((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray()).GetProperty("code").GetString());
    }

    private static async Task ApproveAsync(Scenario cli, JsonElement request)
    {
        var id = N(request.GetProperty("id").GetInt64());
        await cli.JsonAsync("spend", "submit", id, "--by", "ketoan");
        await cli.JsonAsync("spend", "approve", id, "--by", "thutruong.vptu", "--decision-no", "45/QĐ-VPTU", "--date", "2026-03-10");
    }

    [Fact]
    public async Task ARequestThatBuysAnAsset_GoesToTheHigherOfTheSpendingAndThePurchaseDecider()
    {
        await using var cli = await SetUpAsync(DatabaseProvider.Sqlite, "VPTU,2026,NSNN,autonomous,340-351,6951,2000000000,12-QĐ/VPTU,2026-01-05\n");
        string[] cars = ["--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6951"];

        async Task<JsonElement> SubmitAsync(string[] line, string amount, string cls, string name)
        {
            var created = await cli.JsonAsync(["spend", "request", .. line, "--amount", amount, "--purpose", "Mua " + name, "--asset-class", cls, "--asset-name", name, "--by", "ketoan"]);
            return await cli.JsonAsync("spend", "submit", N(created.GetProperty("id").GetInt64()), "--by", "ketoan");
        }

        // A car: the internal spending rule names the office chief for 900.000.000 đ, Decision 332 the standing committee for any car.
        var car = await SubmitAsync(cars, "900.000.000", "OTO", "Xe ô tô phục vụ công tác");
        Assert.Equal("standing-committee", car.GetProperty("decider").GetString());
        Assert.StartsWith("Bắc Ninh", car.GetProperty("rule_set").GetString(), StringComparison.Ordinal);
        Assert.Equal("standing-committee", car.GetProperty("steps").EnumerateArray().Last().GetProperty("decider").GetString());

        // Other equipment of 250.000.000 đ: within the unit head's spending limit, but its purchase is the office chief's (200 million to 1 billion per asset).
        var server = await SubmitAsync(cars, "250.000.000", "TB-KHAC", "Máy chủ");
        Assert.Equal("office-chief", server.GetProperty("decider").GetString());

        // A laptop: both name the unit head, and the spending rule stays the one cited.
        var laptop = await SubmitAsync(Line, "25.000.000", "MAY-TINH", "Máy tính xách tay");
        Assert.Equal("unit-head", laptop.GetProperty("decider").GetString());
        Assert.StartsWith("Quy chế chi tiêu nội bộ", laptop.GetProperty("rule_set").GetString(), StringComparison.Ordinal);

        // The unit head signs the first step of the car's chain, never its decision.
        var (approve, _, approveError) = await cli.RunAsync("spend", "approve", "1", "--by", "thutruong.vptu", "--decision-no", "45/QĐ-VPTU", "--date", "2026-03-10");
        Assert.Equal(0, approve);
        Assert.Equal("submitted", (await cli.JsonAsync("spend", "show", "1")).GetProperty("status").GetString());
        Assert.Empty(approveError);
    }

    private static async Task<string> PayAsync(Scenario cli, JsonElement request)
    {
        await ApproveAsync(cli, request);
        var paid = await cli.JsonAsync("spend", "pay", N(request.GetProperty("id").GetInt64()), "--date", "2026-03-15", "--by", "ketoan");
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        return paid.GetProperty("voucher_no").GetString()!;
    }

    private static long Closing(JsonElement rows, string account) =>
        rows.EnumerateArray().Where(r => r.GetProperty("account").GetString() == account)
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static async Task<Scenario> SetUpAsync(DatabaseProvider provider, string moreEstimates = "")
    {
        var cli = await Scenario.CreateAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var user = await cli.RunAsync("user", "add", "thutruong.vptu", "--name", "Thủ trưởng VPTU", "--role", "unit-head", "--scope", "VPTU", "--from", "2025-01-01", "--by", "admin");
        Assert.True(user.Code == 0, user.Err);
        var imported = await cli.RunAsync("budget", "import", cli.File("estimates.csv", Estimates + moreEstimates), "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);
        return cli;
    }
}

using System.Globalization;
using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Assets;

/// <summary>
/// The asset register from the command line (clock 15/03/2026): a register taken over with its
/// opening entries, the December wear run, and actions that post only when the decider the
/// delegation rules name has signed. Every figure is read back from the ledger.
/// </summary>
public sealed class AssetCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,

        """;

    private const string Header = "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n";

    private const string Register = Header + """
        TS-001,Xe ô tô 7 chỗ,OTO,VPTU,2021-06-15,900.000.000,450000000,900000000,0,0,purchase,Gara,Tổ lái xe,340-351
        TS-002,Máy tính để bàn,MAY-TINH,VPTU,2023-03-01,18000000,7200000,18000000,0,0,purchase,Phòng Tài chính,Nguyễn Văn A,340-351
        TS-003,Nhà làm việc khối B,NHA-CAP2,VPTU,2010-01-01,12000000000,3600000000,10000000000,2000000000,0,investment,Số 1 Lý Thái Tổ,,340-351
        TS-004,Máy photocopy,MAY-TINH,BTC,2024-05-01,45000000,9000000,45000000,0,0,purchase,Văn phòng Ban,,340-351

        """;

    private static string N(long v) => v.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Import_IsAllOrNothing_AndNamesTheFileRowAndFieldOfEveryBadCell()
    {
        await using var cli = await SetUpAsync(register: false);
        var bad = Header + """
            TS-001,Xe ô tô,OTO,VPTU,2021-06-15,900000000,450000000,900000000,0,0,purchase,,,340-351
            TS-002,Bút bi,MAY-TINH,VPTU,2023-03-01,9000000,0,9000000,0,0,purchase,,,340-351
            TS-003,Máy in,MAY-TINH,VPTU,2023-03-01,20000000,0,15000000,0,0,purchase,,,340-351
            TS-004,Bàn,KHONG-CO,VPTU,2023-03-01,20000000,0,20000000,0,0,purchase,,,340-351
            TS-001,Xe khác,OTO,XYZ,2021-06-15,900000000,0,900000000,0,0,bought,,,340-351

            """;

        var (code, _, error) = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", bad), "--date", "2026-01-01", "--by", "ketoan");

        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("tai-san.csv: Dòng 3, cột original_cost:", error, StringComparison.Ordinal);
        Assert.Contains("[assets.below-threshold]", error, StringComparison.Ordinal);
        Assert.Contains("tai-san.csv: Dòng 4, cột funding_state:", error, StringComparison.Ordinal);
        Assert.Contains("tai-san.csv: Dòng 5, cột class:", error, StringComparison.Ordinal);
        Assert.Contains("tai-san.csv: Dòng 6, cột code:", error, StringComparison.Ordinal);
        Assert.Contains("tai-san.csv: Dòng 6, cột origin:", error, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("asset", "list", "--year", "2026")).EnumerateArray());
        Assert.Equal(0, await BalanceAsync(cli, "VPTU", "211"));
    }

    [Fact]
    public async Task Import_PostsTheOpeningEntries_SoTheLedgerAgreesWithTheRegister_AndASecondImportChangesNothing()
    {
        await using var cli = await SetUpAsync();

        var list = (await cli.JsonAsync("asset", "list", "--year", "2026", "--unit", "VPTU")).EnumerateArray().ToList();
        Assert.Equal(3, list.Count);
        Assert.Equal(12_918_000_000, await BalanceAsync(cli, "VPTU", "211"));
        Assert.Equal(-4_057_200_000, await BalanceAsync(cli, "VPTU", "214"));
        Assert.Equal(-8_860_800_000, await BalanceAsync(cli, "VPTU", "366"));
        Assert.Equal(list.Sum(a => a.GetProperty("residual").GetInt64()), -await BalanceAsync(cli, "VPTU", "366"));

        var (again, _, error) = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", Register), "--date", "2026-01-01", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, again);
        Assert.Contains("[assets.duplicate-code]", error, StringComparison.Ordinal);
        Assert.Equal(12_918_000_000, await BalanceAsync(cli, "VPTU", "211"));
    }

    [Fact]
    public async Task Wear_BooksEachUnitsVouchers_ReportsAnAssetThatCannotBeWorn_WithoutStoppingTheOthers_AndRunsOnce()
    {
        await using var cli = await SetUpAsync();
        // A class only valid up to 2025: its asset cannot be worn in 2026, the others are.
        var classes = "code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified\nCU,Lớp cũ,tangible-5,5,20,2023-01-01,2025-12-31,thử,U\n";
        await cli.JsonAsync("asset", "class", "import", cli.File("lop.csv", classes), "--by", "admin");
        await cli.JsonAsync("asset", "import", cli.File("them.csv", Header + "TS-009,Máy cũ,CU,BTC,2024-01-01,20000000,4000000,20000000,0,0,purchase,,,340-351\n"),
            "--date", "2025-12-31", "--by", "ketoan");

        var (exit, output, _) = await cli.RunAsync("asset", "wear", "--year", "2026", "--by", "ketoan", "--json");
        var run = JsonDocument.Parse(output).RootElement;

        Assert.Equal(ExitCodes.Refused, exit); // the run went on, but an asset needs attention
        Assert.Equal(4, run.GetProperty("worn").GetInt32());
        Assert.Equal(45_000_000 + 2_700_000 + 247_058_824 + 7_200_000, run.GetProperty("total_wear").GetInt64());
        var failed = Assert.Single(run.GetProperty("failed").EnumerateArray());
        Assert.Equal("TS-009", failed.GetProperty("code").GetString());
        Assert.Contains("không có hiệu lực năm 2026", failed.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(-4_057_200_000 - 294_758_824, await BalanceAsync(cli, "VPTU", "214"));
        Assert.Equal(294_758_824, await BalanceAsync(cli, "VPTU", "611"));
        Assert.Equal(-294_758_824, await BalanceAsync(cli, "VPTU", "511"));
        Assert.Equal(-8_860_800_000 + 294_758_824, await BalanceAsync(cli, "VPTU", "366"));

        var again = JsonDocument.Parse((await cli.RunAsync("asset", "wear", "--year", "2026", "--by", "ketoan", "--json")).Out).RootElement;
        Assert.Equal(0, again.GetProperty("worn").GetInt32());
        Assert.Empty(again.GetProperty("vouchers").EnumerateArray());
        Assert.Equal(294_758_824, await BalanceAsync(cli, "VPTU", "611"));
        var card = await cli.JsonAsync("asset", "show", "TS-003");
        Assert.Equal(3_600_000_000 + 247_058_824, card.GetProperty("accumulated_wear").GetInt64());
    }

    [Fact]
    public async Task ProvinceWear_OverMoreUnitsThanOneRead_WearsEveryCardOnce_AsUnitByUnitRunsDo()
    {
        // Eight units, so the province run reads them in groups, each read ahead of the one being worn;
        // TS-002 moves from VPTU (the last group) to A1 (the first) in July. The same books worn unit by
        // unit give the same vouchers.
        await using var province = await MovedAcrossGroupsAsync();
        var run = await province.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan");
        await using var single = await MovedAcrossGroupsAsync();
        var alone = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var unit in new[] { "A1", "A2", "A3", "A4", "A5", "A6", "BTC", "VPTU" })
        {
            foreach (var v in (await single.JsonAsync("asset", "wear", "--year", "2026", "--unit", unit, "--by", "ketoan")).GetProperty("vouchers").EnumerateArray())
            {
                alone.Add(v.GetProperty("unit").GetString()!, v.GetProperty("amount").GetInt64());
            }
        }

        Assert.Equal(10, run.GetProperty("worn").GetInt32());
        var byUnit = run.GetProperty("vouchers").EnumerateArray().ToDictionary(v => v.GetProperty("unit").GetString()!, v => v.GetProperty("amount").GetInt64());
        Assert.Equal(alone.OrderBy(a => a.Key, StringComparer.Ordinal), byUnit.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.Equal(45_000_000 + 247_058_824, byUnit["VPTU"]); // TS-002's year went with it to A1
        Assert.Equal(byUnit.Values.Sum(), run.GetProperty("total_wear").GetInt64());
        foreach (var (unit, amount) in byUnit)
        {
            Assert.Equal(amount, await BalanceAsync(province, unit, "611"));
        }

        Assert.Equal(0, (await province.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan")).GetProperty("worn").GetInt32());
    }

    private static async Task<Scenario> MovedAcrossGroupsAsync()
    {
        var cli = await SetUpAsync();
        var units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n" + string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"A{N(i)},Ban thứ {N(i)},party-agency,VPTU,509,2018-01-01,,\n"));
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("them-don-vi.csv", units), "--by", "admin")).Code);
        var register = Header + string.Concat(Enumerable.Range(1, 6).Select(i => $"TB-{N(i)},Máy tính {N(i)},MAY-TINH,A{N(i)},2024-01-01,21000000,0,21000000,0,0,purchase,,,340-351\n"));
        await cli.JsonAsync("asset", "import", cli.File("them.csv", register), "--date", "2026-01-01", "--by", "ketoan");
        var opened = await cli.JsonAsync("asset", "transfer", "TS-002", "--date", "2026-07-01", "--to", "A1", "--reason", "Điều chuyển", "--by", "ketoan");
        await SignAllAsync(cli, opened.GetProperty("approval"));
        return cli;
    }

    [Fact]
    public Task Transfer_WaitsForTheDecider_ThenBothUnitsPost_AndTheReceiverWearsTheYear() => TransferScenarioAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_ImportWearAndAnApprovedTransfer_AgreeWithTheLedger() => TransferScenarioAsync(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_ImportWearAndAnApprovedTransfer_AgreeWithTheLedger() => TransferScenarioAsync(DatabaseProvider.SqlServer);

    private static async Task TransferScenarioAsync(DatabaseProvider provider)
    {
        await using var cli = await SetUpAsync(provider: provider);

        var opened = await cli.JsonAsync("asset", "transfer", "TS-002", "--date", "2026-07-01", "--to", "BTC", "--reason", "Điều chuyển theo nhu cầu", "--by", "ketoan");
        var approval = opened.GetProperty("approval");
        var decided = await cli.JsonAsync("authority", "decide", "--action", "transfer", "--asset-class", "other", "--unit", "VPTU", "--value", "18000000",
            "--funding", "state-budget", "--date", "2026-07-01");
        Assert.Equal(decided.GetProperty("decider").GetString(), approval.GetProperty("decider").GetString());
        Assert.Equal(decided.GetProperty("citation").GetString(), approval.GetProperty("citation").GetString());
        Assert.Equal(18_000_000, await BalanceAsync(cli, "VPTU", "21131"));

        var number = N(approval.GetProperty("number").GetInt64());
        var (self, _, selfError) = await cli.RunAsync("approval", "approve", number, "--decision-no", "1/QĐ", "--date", "2026-06-20", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, self);
        Assert.Contains("ketoan", selfError, StringComparison.Ordinal);
        await SignAllAsync(cli, approval);

        Assert.Equal("BTC", (await cli.JsonAsync("asset", "show", "TS-002")).GetProperty("unit").GetString());
        Assert.Equal(0, await BalanceAsync(cli, "VPTU", "21131"));
        Assert.Equal(45_000_000 + 18_000_000, await BalanceAsync(cli, "BTC", "21131"));
        Assert.Equal(-9_000_000 - 7_200_000, await BalanceAsync(cli, "BTC", "214"));

        var run = await cli.JsonAsync("asset", "wear", "--year", "2026", "--unit", "BTC", "--by", "ketoan");
        Assert.Equal(2, run.GetProperty("worn").GetInt32());
        Assert.Equal(7_200_000 + 2_700_000, run.GetProperty("total_wear").GetInt64());
        var sender = await cli.JsonAsync("asset", "wear", "--year", "2026", "--unit", "VPTU", "--by", "ketoan");
        Assert.Equal(2, sender.GetProperty("worn").GetInt32()); // TS-001 and TS-003; TS-002 was worn by BTC
        Assert.DoesNotContain(sender.GetProperty("skipped").EnumerateArray(), s => s.GetProperty("code").GetString() == "TS-002");
    }

    [Fact]
    public async Task AssetActions_AtEveryBandEdge_NameTheDeciderAuthorityDecideNames()
    {
        await using var cli = await SetUpAsync(register: false);
        var values = new long[] { 10_000_000, 199_999_999, 200_000_000, 999_999_999, 1_000_000_000, 1_999_999_999, 2_000_000_000 };
        var rows = string.Concat(values.Select((v, i) => $"B-{i},Thiết bị {i},TB-KHAC,VPTU,2026-01-01,{N(v)},0,{N(v)},0,0,purchase,,,340-351\n"));
        await cli.JsonAsync("asset", "import", cli.File("bien.csv", Header + rows), "--date", "2026-01-01", "--by", "ketoan");
        var seen = new HashSet<string>();
        for (var i = 0; i < values.Length; i++)
        {
            var decided = await cli.JsonAsync("authority", "decide", "--action", "liquidate", "--asset-class", "other", "--unit", "VPTU", "--value", N(values[i]),
                "--funding", "state-budget", "--date", "2026-03-01");
            var opened = await cli.JsonAsync("asset", "liquidate", $"B-{i}", "--date", "2026-03-01", "--reason", "Hư hỏng", "--by", "ketoan");
            var decider = decided.GetProperty("decider").GetString()!;
            Assert.Equal(decider, opened.GetProperty("approval").GetProperty("decider").GetString());
            Assert.Equal(values[i], opened.GetProperty("original_cost").GetInt64());
            seen.Add(decider);
        }

        Assert.Equal(["unit-head", "office-chief", "standing-board", "standing-committee"], seen.Order(StringComparer.Ordinal).ToArray().OrderBy(d => Array.IndexOf(Ranks, d)));
    }

    [Fact]
    public async Task ARefusedActionChangesNothing_AndARejectedOneEndsWithoutPosting()
    {
        await using var cli = await SetUpAsync();
        var before = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");

        var (noTo, _, noToError) = await cli.RunAsync("asset", "transfer", "TS-001", "--date", "2026-04-01", "--to", "VPTU", "--reason", "x", "--by", "ketoan");
        var (early, _, earlyError) = await cli.RunAsync("asset", "liquidate", "TS-002", "--date", "2022-01-01", "--reason", "x", "--by", "ketoan");
        var (auditor, _, auditorError) = await cli.RunAsync("asset", "liquidate", "TS-002", "--date", "2026-04-01", "--reason", "x", "--by", "kiemtoan");
        Assert.Equal(ExitCodes.Refused, noTo);
        Assert.Contains("[assets.same-unit]", noToError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, early);
        Assert.Contains("[assets.not-in-use]", earlyError, StringComparison.Ordinal);
        Assert.NotEqual(0, auditor);
        Assert.Contains("kiemtoan", auditorError, StringComparison.Ordinal);

        var opened = await cli.JsonAsync("asset", "liquidate", "TS-002", "--date", "2026-04-01", "--reason", "Hỏng", "--by", "ketoan");
        var (second, _, secondError) = await cli.RunAsync("asset", "destroy", "TS-002", "--date", "2026-04-02", "--reason", "x", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, second);
        Assert.Contains("[assets.action-pending]", secondError, StringComparison.Ordinal);
        var number = N(opened.GetProperty("approval").GetProperty("number").GetInt64());
        await cli.JsonAsync("approval", "reject", number, "--reason", "Còn dùng được", "--by", "thutruong.vptu");

        var card = await cli.JsonAsync("asset", "show", "TS-002");
        Assert.Equal("in-use", card.GetProperty("status").GetString());
        Assert.Equal("rejected", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(before.ToString(), (await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU")).ToString());
    }

    [Fact]
    public async Task Sale_WritesTheAssetOff_AndSplitsTheProceedsByFundingShares()
    {
        await using var cli = await SetUpAsync();
        var opened = await cli.JsonAsync("asset", "sell", "TS-003", "--date", "2026-05-01", "--proceeds", "1.000.000.001", "--reason", "Bán đấu giá", "--by", "ketoan");
        await SignAllAsync(cli, opened.GetProperty("approval"));

        var card = await cli.JsonAsync("asset", "show", "TS-003");
        Assert.Equal("sold", card.GetProperty("status").GetString());
        Assert.Equal(0, await BalanceAsync(cli, "VPTU", "21111"));
        Assert.Equal(1_000_000_001, await BalanceAsync(cli, "VPTU", "1111"));
        var proceeds = await LinesAsync(cli, "VPTU", "3378");
        Assert.Equal([("DANGPHI", 166_666_667L), ("NSNN", 833_333_334L)], proceeds);
        Assert.DoesNotContain((await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan")).GetProperty("vouchers").EnumerateArray(),
            v => v.GetProperty("unit").GetString() == "VPTU" && v.GetProperty("assets").GetInt32() == 3);
    }

    [Fact]
    public async Task Upgrade_MovesTheCostGatheredOn2413ToTheAsset_AndRecomputesItsLife()
    {
        await using var cli = await SetUpAsync();
        var (refused, _, error) = await cli.RunAsync("asset", "upgrade", "TS-002", "--date", "2026-06-01", "--amount", "12000000", "--reason", "BB 3/2026", "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, refused);
        Assert.Contains("2413", error, StringComparison.Ordinal);

        var costs = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n" +
            "NC-1,2026-05-20,VPTU,PKT,Chi phí nâng cấp máy tính,2413,12000000,0,,,\nNC-1,2026-05-20,VPTU,PKT,Chi phí nâng cấp máy tính,36611,0,12000000,NSNN,6956,340-351\n";
        Assert.Equal(0, (await cli.RunAsync("voucher", "import", cli.File("nang-cap.csv", costs), "--by", "ketoan")).Code);
        var upgraded = await cli.JsonAsync("asset", "upgrade", "TS-002", "--date", "2026-06-01", "--amount", "12.000.000", "--reason", "BB 3/2026", "--by", "ketoan");

        // remaining = ⌈(30.000.000 − 7.200.000) ÷ (30.000.000 × 14,29 %)⌉ = 6; used 2023–2025 = 3 → 9 years.
        Assert.Equal((30_000_000L, 9), (upgraded.GetProperty("original_cost").GetInt64(), upgraded.GetProperty("life_years").GetInt32()));
        Assert.Equal(0, await BalanceAsync(cli, "VPTU", "2413"));
        Assert.Equal(30_000_000, await BalanceAsync(cli, "VPTU", "21131"));
        var wear = JsonDocument.Parse((await cli.RunAsync("asset", "wear", "--year", "2026", "--unit", "VPTU", "--by", "ketoan", "--json")).Out).RootElement;
        Assert.Equal(45_000_000 + 4_287_000 + 247_058_824, wear.GetProperty("total_wear").GetInt64());
    }

    [Fact]
    public async Task Stocktake_ShortageAndSurplus_GoToTheirDeciders_AndPostOnlyWhenSigned()
    {
        await using var cli = await SetUpAsync();
        var sheet = await cli.JsonAsync("asset", "stocktake", "start", "--unit", "VPTU", "--date", "2026-11-30", "--by", "ketoan");
        var id = N(sheet.GetProperty("sheet").GetInt64());
        Assert.Equal(["TS-001", "TS-002", "TS-003"], sheet.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("code").GetString()));

        var partial = "code,found,note\nTS-001,yes,\n";
        await cli.JsonAsync("asset", "stocktake", "count", id, cli.File("dem1.csv", partial), "--by", "ketoan");
        var (early, _, earlyError) = await cli.RunAsync("asset", "stocktake", "close", id, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, early);
        Assert.Contains("TS-002", earlyError, StringComparison.Ordinal);

        var bad = "code,found,note,name,class,original_cost,in_service\nTS-001,có,,,,,\nTS-777,no,,,,,\nTS-900,yes,,Máy chiếu,TB-KHAC,,2025-01-01\n";
        var (refused, _, refusedError) = await cli.RunAsync("asset", "stocktake", "count", id, cli.File("dem2.csv", bad), "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, refused);
        Assert.Contains("dem2.csv: Dòng 3, cột code:", refusedError, StringComparison.Ordinal);
        Assert.Contains("dem2.csv: Dòng 4, cột original_cost:", refusedError, StringComparison.Ordinal);

        var counts = "code,found,note,name,class,original_cost,in_service\nTS-001,có,,,,,\nTS-002,không,Mất khi chuyển phòng,,,,\nTS-003,yes,,,,,\n" +
            "TS-900,yes,Phát hiện trong kho,Máy chiếu,TB-KHAC,25000000,2025-01-01\n";
        await cli.JsonAsync("asset", "stocktake", "count", id, cli.File("dem3.csv", counts), "--by", "ketoan");
        var closed = await cli.JsonAsync("asset", "stocktake", "close", id, "--by", "ketoan");
        var decisions = closed.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal([("TS-002", "shortage", "write-off"), ("TS-900", "surplus", "record-surplus")],
            decisions.Select(d => (d.GetProperty("code").GetString(), d.GetProperty("kind").GetString(), d.GetProperty("action").GetString())));
        Assert.Equal(0, await BalanceAsync(cli, "VPTU", "2118"));
        Assert.Equal(18_000_000, await BalanceAsync(cli, "VPTU", "21131"));

        foreach (var d in decisions)
        {
            await SignAllAsync(cli, await cli.JsonAsync("approval", "show", N(d.GetProperty("approval").GetInt64())));
        }

        Assert.Equal("written-off", (await cli.JsonAsync("asset", "show", "TS-002")).GetProperty("status").GetString());
        var found = await cli.JsonAsync("asset", "show", "TS-900");
        Assert.Equal(("stocktake-surplus", 25_000_000L), (found.GetProperty("origin").GetString(), found.GetProperty("original_cost").GetInt64()));
        Assert.Equal(25_000_000, await BalanceAsync(cli, "VPTU", "21131"));
        var (again, _, _) = await cli.RunAsync("asset", "stocktake", "close", id, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, again);
    }

    [Fact]
    public async Task Depreciation_IsMonthly_ForBusinessUseAssets_WhichTheWearRunLeavesAlone()
    {
        await using var cli = await SetUpAsync();
        var row = "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector,depreciation\n" +
            "KD-1,Máy in dịch vụ,TB-KHAC,BTC,2026-01-15,120000000,0,120000000,0,0,purchase,,,340-351,yes\n";
        await cli.JsonAsync("asset", "import", cli.File("kd.csv", row), "--date", "2026-01-15", "--by", "ketoan");

        var january = await cli.JsonAsync("asset", "depreciate", "--month", "2026-01", "--by", "ketoan");
        var again = await cli.JsonAsync("asset", "depreciate", "--month", "01/2026", "--by", "ketoan");
        var wear = JsonDocument.Parse((await cli.RunAsync("asset", "wear", "--year", "2026", "--unit", "BTC", "--by", "ketoan", "--json")).Out).RootElement;

        Assert.Equal((1, 2_000_000L), (january.GetProperty("worn").GetInt32(), january.GetProperty("total_wear").GetInt64())); // 120.000.000 × 20 % ÷ 12
        Assert.Equal(0, again.GetProperty("worn").GetInt32());
        Assert.Equal(2_000_000, await BalanceAsync(cli, "BTC", "154"));
        // Skipped for what it is (the wear run reads no depreciation), and its depreciation stays on its card.
        Assert.Contains(wear.GetProperty("skipped").EnumerateArray(), s => s.GetProperty("code").GetString() == "KD-1"
            && s.GetProperty("reason").GetString()!.Contains("trích khấu hao hằng tháng", StringComparison.Ordinal));
        Assert.Equal(120_000_000 - 2_000_000, (await cli.JsonAsync("asset", "show", "KD-1")).GetProperty("residual").GetInt64());
    }

    [Fact]
    public async Task ClassImport_ReplacesARate_AndTheListShowsTheYearsInForce()
    {
        await using var cli = await SetUpAsync(register: false);
        var corrected = "code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified\nOTO,Xe ô tô,tangible-3,10,10,2026-01-01,,TT 141/2025 Phụ lục I (bản đúng),V\n";

        var report = await cli.JsonAsync("asset", "class", "import", cli.File("oto.csv", corrected), "--by", "admin");
        var classes = (await cli.JsonAsync("asset", "class", "list", "--year", "2026")).EnumerateArray().ToList();

        Assert.Equal((0, 1), (report.GetProperty("added").GetInt32(), report.GetProperty("replaced").GetInt32()));
        var oto = Assert.Single(classes, c => c.GetProperty("code").GetString() == "OTO");
        Assert.Equal((10, "V"), (oto.GetProperty("useful_life_years").GetInt32(), oto.GetProperty("verified").GetString()));
        var (overlap, _, error) = await cli.RunAsync("asset", "class", "import",
            cli.File("chong.csv", "code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified\nOTO,Xe,tangible-3,10,10,2025-06-01,,x,U\n"), "--by", "admin");
        Assert.Equal(ExitCodes.Refused, overlap);
        Assert.Contains("chồng nhau", error, StringComparison.Ordinal);
        var (accountant, _, _) = await cli.RunAsync("asset", "class", "import", cli.File("oto2.csv", corrected), "--by", "ketoan");
        Assert.NotEqual(0, accountant);
    }

    private static readonly string[] Ranks = ["unit-head", "office-chief", "standing-board", "standing-committee"];

    private static readonly Dictionary<string, string> SignerOf = new()
    {
        ["unit-head"] = "thutruong.vptu",
        ["office-chief"] = "chanhvp",
        ["standing-board"] = "thuongtruc",
        ["standing-committee"] = "bantv",
    };

    private static async Task SignAllAsync(Scenario cli, JsonElement approval)
    {
        var number = approval.GetProperty("number").GetInt64().ToString(CultureInfo.InvariantCulture);
        foreach (var step in approval.GetProperty("steps").EnumerateArray())
        {
            await cli.JsonAsync("approval", "approve", number, "--decision-no", $"{step.GetProperty("step").GetInt32()}/QĐ-TU", "--date", "2026-03-15",
                "--by", SignerOf[step.GetProperty("decider").GetString()!]);
        }
    }

    /// <summary>Closing balance (debit − credit) in 2026 of the accounts starting with <paramref name="prefix"/>, from the ledger's voucher lines.</summary>
    private static async Task<long> BalanceAsync(Scenario cli, string unit, string prefix)
    {
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", unit);
        return tb.GetProperty("on_balance").EnumerateArray().Where(r => r.GetProperty("account").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
    }

    private static async Task<List<(string, long)>> LinesAsync(Scenario cli, string unit, string account)
    {
        var lines = new List<(string, long)>();
        foreach (var v in (await cli.JsonAsync("voucher", "search", "--unit", unit, "--account", account, "--from", "2026-01-01", "--to", "2026-12-31")).EnumerateArray())
        {
            var shown = await cli.JsonAsync("voucher", "show", v.GetProperty("number").GetString()!);
            lines.AddRange(shown.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("account").GetString() == account && l.GetProperty("side").GetString() == "credit")
                .Select(l => (l.GetProperty("fund_source").GetString()!, l.GetProperty("amount").GetInt64())));
        }

        return lines.OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
    }

    private static async Task<Scenario> SetUpAsync(bool register = true, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var cli = await Scenario.CreateAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        foreach (var (login, role, scope) in new[]
        {
            ("thutruong.vptu", "unit-head", "VPTU"), ("chanhvp", "office-chief", "province"), ("thuongtruc", "standing-board", "province"),
            ("bantv", "standing-committee", "province"), ("kiemtoan", "auditor", "province"),
        })
        {
            var user = await cli.RunAsync("user", "add", login, "--name", "Người dùng " + login, "--role", role, "--scope", scope, "--from", "2025-01-01", "--by", "admin");
            Assert.True(user.Code == 0, user.Err);
        }

        if (register)
        {
            await cli.JsonAsync("asset", "import", cli.File("tai-san.csv", Register), "--date", "2026-01-01", "--by", "ketoan");
        }

        return cli;
    }
}

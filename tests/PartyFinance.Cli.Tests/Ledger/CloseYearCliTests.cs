using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PartyFinance.Cli.Commands;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>
/// `close year` on a small province worked out by hand (clock 15/03/2026, year 2026):
/// VPTU opens with cash 5.000.000 / 4211 5.000.000, holds an estimate of 10.000.000 on 6551 (NSNN,
/// autonomous), pays 3.000.000 by withdrawal (Nợ 61112 / Có 5111) and receives 2.000.000 of other
/// revenue in cash (Nợ 1111 / Có 5118, KHAC); BTC holds one computer (18.000.000, worn 7.200.000),
/// worn 2.700.000 in 2026 (Nợ 61113 / Có 2141, Nợ 36611 / Có 5111).
/// Hand-worked close: VPTU 9111 NSNN 3.000.000 − 3.000.000 = 0, 9111 KHAC 2.000.000 → 4211 (KHAC);
/// 4211 = 7.000.000, cash 7.000.000; 7.000.000 of autonomous estimate carried to 2027. BTC 9111 0.
/// </summary>
public sealed class CloseYearCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,

        """;

    private static readonly string[] Steps = ["wear", "wear-revenue", "close-911", "close-421", "carry-forward", "lock", "opening"];

    [Fact]
    public async Task HandWorkedYear_ClosesInto911And421_CarriesTheEstimate_LocksAndOpens2027_B02AndB01Unchanged()
    {
        await using var cli = await SetUpAsync();
        var b02 = await cli.JsonAsync("report", "show", "B02-BCTC", "--year", "2026", "--unit", "VPTU");
        var b01 = await cli.JsonAsync("report", "show", "B01-BCTC", "--year", "2026", "--unit", "VPTU");

        // Before the settlement-adjustment period ends: a–c done, the 008 step waits, lock and openings wait for it.
        var early = await cli.JsonAsync("close", "year", "--year", "2026", "--date", "2027-01-15", "--by", "ketoan");
        Assert.False(early.GetProperty("complete").GetBoolean());
        Assert.Equal(["done", "skipped", "done", "done", "waiting", "waiting", "waiting"], States(early, "VPTU"));
        Assert.Contains("Chờ đến ngày 01/02/2027", Step(early, "VPTU", "carry-forward").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Chuyển nguồn, hủy dự toán (TK 008)", Step(early, "VPTU", "carry-forward").GetProperty("name").GetString());
        Assert.DoesNotContain((await cli.JsonAsync("period", "list", "--unit", "VPTU", "--year", "2026")).EnumerateArray(), p => p.GetProperty("locked").GetBoolean());

        var closed = await cli.JsonAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan");
        Assert.True(closed.GetProperty("complete").GetBoolean());
        Assert.Equal(["done", "skipped", "done", "done", "done", "done", "done"], States(closed, "VPTU"));
        Assert.Equal(["done", "skipped", "done", "done", "done", "done", "done"], States(closed, "BTC"));

        // (a)/(b): the wear run posted the wear and its revenue; step b names that voucher and posts nothing.
        Assert.Equal("Hao mòn 2.700.000 đ: chứng từ BTC/PKT/2026/000002.", Step(closed, "BTC", "wear").GetProperty("detail").GetString());
        Assert.Equal("Đã ghi cùng bước hao mòn: chứng từ BTC/PKT/2026/000003.", Step(closed, "BTC", "wear-revenue").GetProperty("detail").GetString());
        Assert.Equal([("36611", "debit", 2_700_000L, "NSNN"), ("5111", "credit", 2_700_000L, "NSNN")], Lines(await cli.JsonAsync("voucher", "show", "BTC/PKT/2026/000003")));

        // (c) every revenue and expense balance against 9111 by fund source; (c') 9111 KHAC into 4211.
        var kc911 = await cli.JsonAsync("voucher", "show", "VPTU/PKT/2026/000001");
        Assert.StartsWith("KC911-VPTU-2026-", kc911.GetProperty("key").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-12-31", kc911.GetProperty("date").GetString());
        Assert.Equal(
        [
            ("5111", "debit", 3_000_000L, "NSNN"), ("9111", "credit", 3_000_000L, "NSNN"),
            ("5118", "debit", 2_000_000L, "KHAC"), ("9111", "credit", 2_000_000L, "KHAC"),
            ("9111", "debit", 3_000_000L, "NSNN"), ("61112", "credit", 3_000_000L, "NSNN"),
        ], Lines(kc911));
        Assert.Equal([("9111", "debit", 2_000_000L, "KHAC"), ("4211", "credit", 2_000_000L, "KHAC")], Lines(await cli.JsonAsync("voucher", "show", "VPTU/PKT/2026/000002")));
        Assert.Equal("TK 911 không có số dư phải kết chuyển.", Step(closed, "BTC", "close-421").GetProperty("detail").GetString());

        // Closing balances of 2026: nothing left on 5xx, 6xx, 9xx; 4211 holds the result.
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        var closing = tb.GetProperty("on_balance").EnumerateArray().ToDictionary(r => r.GetProperty("account").GetString()!,
            r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
        Assert.All(closing.Where(c => c.Key[0] is '5' or '6' or '9'), c => Assert.Equal(0, c.Value));
        Assert.Equal(-7_000_000, closing["4211"]);
        Assert.Equal(7_000_000, closing["1111"]);

        // B02 leaves the 911 vouchers out, B01's 282 line holds 421 and the open result alike: both unchanged by the close.
        Assert.Equal(b02.ToString(), (await cli.JsonAsync("report", "show", "B02-BCTC", "--year", "2026", "--unit", "VPTU")).ToString());
        var b01After = await cli.JsonAsync("report", "show", "B01-BCTC", "--year", "2026", "--unit", "VPTU");
        Assert.Equal(b01.GetProperty("rows").ToString(), b01After.GetProperty("rows").ToString());
        Assert.Equal(7_000_000, Row(b01After, "282").GetProperty("values").GetProperty("end").GetInt64());

        // (d) the 008 estimate carried; (e) every month locked; (f) the openings of 2027 are the closing balances.
        Assert.Equal("Chuyển nguồn 7.000.000 đ; hủy 0 đ; 1 dòng dự toán.", Step(closed, "VPTU", "carry-forward").GetProperty("detail").GetString());
        Assert.Equal(12, (await cli.JsonAsync("period", "list", "--unit", "VPTU", "--year", "2026")).EnumerateArray().Count(p => p.GetProperty("locked").GetBoolean()));
        Assert.Equal([("1111", 7_000_000L, 0L), ("4211", 0L, 7_000_000L)], await OpeningsAsync(cli, "VPTU"));
        Assert.Equal([("1111", 7_000_000L, 0L), ("4211", 0L, 7_000_000L)], await OpeningsAsync(cli, "VPTU"));
        var btc = await OpeningsAsync(cli, "BTC");
        Assert.Equal([("2141", 0L, 9_900_000L), ("36611", 0L, 8_100_000L)], btc.Where(o => o.Item1 is "2141" or "36611").ToList());
        Assert.Equal(18_000_000L, btc.Where(o => o.Item1.StartsWith("211", StringComparison.Ordinal)).Sum(o => o.Item2));
        var b01Next = await cli.JsonAsync("report", "show", "B01-BCTC", "--year", "2027", "--unit", "VPTU");
        Assert.Equal(7_000_000, Row(b01Next, "282").GetProperty("values").GetProperty("start").GetInt64());

        // A rerun changes nothing and reports the same.
        var vouchers = (await cli.JsonAsync("voucher", "list", "--year", "2026")).ToString();
        var again = await cli.JsonAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan");
        Assert.Equal(closed.GetProperty("steps").ToString(), again.GetProperty("steps").ToString());
        Assert.Equal(vouchers, (await cli.JsonAsync("voucher", "list", "--year", "2026")).ToString());

        // The closed books verify: the closing vouchers are covered, next year's opening balances are each in the trail.
        var verified = await cli.RunAsync("audit", "verify");
        Assert.True(verified.Code == 0, verified.Out + verified.Err);
    }

    [Fact]
    public async Task TextOutput_NamesEachStepInVietnamese_WithPlainProgressLinesWhenNotATerminal()
    {
        await using var cli = await SetUpAsync();

        var (code, output, _) = await cli.RunAsync("close", "year", "--year", "2026", "--unit", "VPTU", "--date", "2027-01-15", "--by", "ketoan");

        Assert.Equal(0, code);
        Assert.Contains("[1/7] Tính hao mòn tài sản cố định: xong 1.", output, StringComparison.Ordinal);
        Assert.Contains("[5/7] Chuyển nguồn, hủy dự toán (TK 008): chờ 1.", output, StringComparison.Ordinal);
        Assert.Contains("  Kết chuyển kết quả từ TK 911 sang TK 421: xong — Chứng từ VPTU/PKT/2026/000002, 2.000.000 đ.", output, StringComparison.Ordinal);
        Assert.Contains("Khóa sổ năm 2026 chưa xong: còn bước chờ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABalanceNoRowCloses_FailsTheClosingStep_NamingTheAccount_AndTheOtherUnitStillCloses()
    {
        await using var cli = await SetUpAsync();
        await Must(cli, "voucher", "import", cli.File("652.csv", "key,date,unit,type,description,account,debit,credit\n"
            + "c1,2026-05-01,VPTU,PC,Chi chưa phân bổ,6521,100000,0\nc1,2026-05-01,VPTU,PC,,1111,0,100000\n"), "--by", "ketoan");

        var (code, output, _) = await cli.RunAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan", "--json");

        Assert.Equal(ExitCodes.Refused, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal("failed", Step(report, "VPTU", "close-911").GetProperty("state").GetString());
        Assert.Contains("TK 6521 còn số dư Nợ 100.000 đ cuối năm 2026", Step(report, "VPTU", "close-911").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("waiting", Step(report, "VPTU", "close-421").GetProperty("state").GetString());
        Assert.Equal(["done", "skipped", "done", "done", "done", "done", "done"], States(report, "BTC"));
        Assert.DoesNotContain((await cli.JsonAsync("voucher", "list", "--unit", "VPTU", "--year", "2026")).EnumerateArray(),
            v => v.GetProperty("key").GetString()!.StartsWith("KC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AUnitThatEndedDuringTheYear_ClosesOnItsLastDay_AndGetsNoOpenings()
    {
        await using var cli = await SetUpAsync();
        await Must(cli, "unit", "import", cli.File("ended.csv", "code,name,kind,parent,chapter,valid_from,valid_to,successor\n"
            + "BDV,Ban Dân vận Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2026-06-30,BTC\n"), "--by", "admin");
        await Must(cli, "voucher", "import", cli.File("bdv.csv", "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n"
            + "d1,2026-04-01,BDV,PT,Thu khác,1111,500000,0,,,\nd1,2026-04-01,BDV,PT,,5118,0,500000,KHAC,,340-351\n"), "--by", "ketoan");

        var closed = await cli.JsonAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan");

        Assert.Equal(["done", "skipped", "done", "done", "done", "done", "skipped"], States(closed, "BDV"));
        var number = Step(closed, "BDV", "close-911").GetProperty("detail").GetString()!.Split(' ')[2].TrimEnd(',');
        Assert.Equal("2026-06-30", (await cli.JsonAsync("voucher", "show", number)).GetProperty("date").GetString());
        Assert.Contains("kết thúc hoạt động ngày 30/06/2026", Step(closed, "BDV", "opening").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(6, (await cli.JsonAsync("period", "list", "--unit", "BDV", "--year", "2026")).EnumerateArray().Count(p => p.GetProperty("locked").GetBoolean()));
    }

    [Fact]
    public async Task ImportedOpenings_ThatDiffer_AreRefusedClearly_AndAnImportAfterTheClose_Too()
    {
        await using var cli = await SetUpAsync();
        var hand = cli.File("dau-nam.csv", "unit,year,account,debit,credit\nVPTU,2027,1111,6000000,0\nVPTU,2027,4211,0,6000000\n");
        Assert.Equal(0, (await cli.RunAsync("balance", "import", hand, "--by", "ketoan")).Code);

        var (code, output, _) = await cli.RunAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan", "--json");

        Assert.Equal(ExitCodes.Refused, code);
        var report = JsonDocument.Parse(output).RootElement;
        var opening = Step(report, "VPTU", "opening");
        Assert.Equal("failed", opening.GetProperty("state").GetString());
        Assert.Contains("TK 1111 đã nạp Nợ 6.000.000 đ, tính được Nợ 7.000.000 đ", opening.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("[close.opening-conflict]", opening.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("done", Step(report, "BTC", "opening").GetProperty("state").GetString());
        Assert.Equal([("1111", 6_000_000L, 0L), ("4211", 0L, 6_000_000L)], await OpeningsAsync(cli, "VPTU"));

        // BTC's openings were written by the close: an import of other figures is refused, the same figures are a retry.
        var other = cli.File("btc.csv", "unit,year,account,debit,credit\nBTC,2027,1111,1,0\nBTC,2027,4211,0,1\n");
        var refused = await cli.RunAsync("balance", "import", other, "--by", "ketoan");
        Assert.Equal(ExitCodes.Refused, refused.Code);
        Assert.Contains("[ledger.opening-already-posted]", refused.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedOpenings_ThatAgree_AreKept_AndTheStepIsDone()
    {
        await using var cli = await SetUpAsync();
        Assert.Equal(0, (await cli.RunAsync("balance", "import", cli.File("dau-nam.csv",
            "unit,year,account,debit,credit\nVPTU,2027,1111,7000000,0\nVPTU,2027,4211,0,7000000\n"), "--by", "ketoan")).Code);

        var closed = await cli.JsonAsync("close", "year", "--year", "2026", "--unit", "VPTU", "--date", "2027-02-01", "--by", "ketoan");

        Assert.Equal("Số dư đầu năm 2027: 2 tài khoản, bằng số dư cuối năm 2026.", Step(closed, "VPTU", "opening").GetProperty("detail").GetString());
        Assert.True(closed.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Permission_CloseYear_ChiefAccountantOfTheUnitClosesItsUnitOnly_AnAccountantNot()
    {
        await using var cli = await SetUpAsync();
        foreach (var (login, role, scope) in new[] { ("ktt.vptu", "chief-accountant", "VPTU"), ("kt.vptu", "accountant", "VPTU") })
        {
            Assert.Equal(0, (await cli.RunAsync("user", "add", login, "--name", "Người " + login, "--role", role, "--scope", scope, "--from", "2025-01-01", "--by", "admin")).Code);
        }

        var accountant = await cli.RunAsync("close", "year", "--year", "2026", "--unit", "VPTU", "--date", "2027-02-01", "--by", "kt.vptu");
        var province = await cli.RunAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ktt.vptu");
        var unknownUnit = await cli.RunAsync("close", "year", "--year", "2026", "--unit", "XYZ", "--by", "ketoan");

        Assert.Equal(ExitCodes.Refused, accountant.Code);
        Assert.Contains("[access.not-permitted]", accountant.Err, StringComparison.Ordinal);
        Assert.Contains("khóa sổ cuối năm", accountant.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, province.Code);
        Assert.Contains("[access.not-permitted]", province.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, unknownUnit.Code);
        Assert.Contains("Đơn vị 'XYZ' không tồn tại trong năm 2026", unknownUnit.Err, StringComparison.Ordinal);
        Assert.DoesNotContain((await cli.JsonAsync("voucher", "list", "--unit", "VPTU", "--year", "2026")).EnumerateArray(),
            v => v.GetProperty("key").GetString()!.StartsWith("KC", StringComparison.Ordinal));

        var own = await cli.JsonAsync("close", "year", "--year", "2026", "--unit", "VPTU", "--date", "2027-02-01", "--by", "ktt.vptu");
        Assert.True(own.GetProperty("complete").GetBoolean());
    }

    /// <summary>
    /// Kill test: the CLI as a child process, killed (PARTYFINANCE_TEST_KILL_AT) after each step's work has
    /// committed and before its state is stored, then run again: every table ends as after an
    /// uninterrupted run (timestamps aside).
    /// </summary>
    [Fact]
    public async Task KilledAtAnyStep_AndRunAgain_EndsInTheSameStateAsAnUninterruptedRun()
    {
        await using var cli = await SetUpAsync();
        var baseline = cli.Db.Target.Display;
        var folder = Directory.CreateTempSubdirectory("pf-kill-").FullName;
        try
        {
            var reference = Copy(baseline, folder, "reference.db");
            var (refCode, _, refErr) = await ChildAsync(reference, null);
            Assert.True(refCode == 0, refErr);
            var expected = Snapshot(reference);
            Assert.Contains("year_close_steps", expected, StringComparison.Ordinal);

            foreach (var step in Steps)
            {
                var db = Copy(baseline, folder, step + ".db");
                var (killed, _, _) = await ChildAsync(db, step);
                Assert.NotEqual(0, killed);
                var (rerun, _, err) = await ChildAsync(db, null);
                Assert.True(rerun == 0, $"{step}: {err}");
                Assert.Equal(expected, Snapshot(db));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [PostgresFact]
    public Task OnPostgres_TheHandWorkedYearCloses_AndARerunChangesNothing() => TheHandWorkedYearCloses_AndARerunChangesNothingOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_TheHandWorkedYearCloses_AndARerunChangesNothing() => TheHandWorkedYearCloses_AndARerunChangesNothingOn(DatabaseProvider.SqlServer);

    private async Task TheHandWorkedYearCloses_AndARerunChangesNothingOn(DatabaseProvider provider)
    {
        await using var cli = await SetUpAsync(provider);

        var closed = await cli.JsonAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan");
        var again = await cli.JsonAsync("close", "year", "--year", "2026", "--date", "2027-02-01", "--by", "ketoan");

        Assert.Equal(["done", "skipped", "done", "done", "done", "done", "done"], States(closed, "VPTU"));
        Assert.Equal(closed.GetProperty("steps").ToString(), again.GetProperty("steps").ToString());
        Assert.Equal([("9111", "debit", 2_000_000L, "KHAC"), ("4211", "credit", 2_000_000L, "KHAC")], Lines(await cli.JsonAsync("voucher", "show", "VPTU/PKT/2026/000002")));
        Assert.Equal([("1111", 7_000_000L, 0L), ("4211", 0L, 7_000_000L)], await OpeningsAsync(cli, "VPTU"));
        Assert.Equal(12, (await cli.JsonAsync("period", "list", "--unit", "BTC", "--year", "2026")).EnumerateArray().Count(p => p.GetProperty("locked").GetBoolean()));
    }

    internal static async Task<Scenario> SetUpAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var cli = await Scenario.CreateAsync(provider);
        await Must(cli, "unit", "import", cli.File("units.csv", Units), "--by", "admin");
        await Must(cli, "balance", "import", cli.File("open.csv", "unit,year,account,debit,credit\nVPTU,2026,1111,5000000,0\nVPTU,2026,4211,0,5000000\n"), "--by", "ketoan");
        await Must(cli, "budget", "import", cli.File("est.csv",
            "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6551,10000000,1/QĐ-VPTU,2026-01-05\n"), "--by", "ketoan");
        await Must(cli, "voucher", "event", "pay-withdrawal", "--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351",
            "--budget-item", "6551", "--key", "p1", "--date", "2026-03-10", "--amount", "3000000", "--by", "ketoan");
        await Must(cli, "voucher", "import", cli.File("thu.csv", "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n"
            + "t1,2026-04-01,VPTU,PT,Thu khác,1111,2000000,0,,,\nt1,2026-04-01,VPTU,PT,,5118,0,2000000,KHAC,,340-351\n"), "--by", "ketoan");
        await Must(cli, "asset", "import", cli.File("ts.csv", "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n"
            + "TS-002,Máy tính để bàn,MAY-TINH,BTC,2023-03-01,18000000,7200000,18000000,0,0,purchase,,,340-351\n"), "--date", "2026-01-01", "--by", "ketoan");
        return cli;
    }

    private static async Task Must(Scenario cli, params string[] args)
    {
        var (code, _, err) = await cli.RunAsync(args);
        Assert.True(code == 0, $"{string.Join(' ', args)}: {err}");
    }

    /// <summary>
    /// The demo province closes 2025 whole, the unit merged away on 30/06 included: the demo leaves a unit's last month
    /// open for its closing entries. Locked by hand, the 911 step of that unit says which month to open and how.
    /// </summary>
    [Fact]
    public async Task TheDemoProvince_Closes2025_AndALockedLastMonthSaysHowToOpenIt()
    {
        await using var locked = await CliRunner.StartAsync(initialise: false);
        Assert.Equal(0, (await locked.RunAsync("demo", "seed")).Code);
        var duk = (await locked.JsonAsync("period", "list", "--unit", "DUK", "--year", "2025")).EnumerateArray().ToList();
        Assert.Contains(duk, p => p.GetProperty("month").GetString() == "2025-05" && p.GetProperty("locked").GetBoolean());
        Assert.DoesNotContain(duk, p => p.GetProperty("month").GetString() == "2025-06" && p.GetProperty("locked").GetBoolean());
        Assert.Equal(0, (await locked.RunAsync("period", "lock", "--unit", "DUK", "--month", "2025-06", "--by", "ketoantruong")).Code);

        var (code, output, _) = await locked.RunAsync("close", "year", "--year", "2025", "--by", "ketoantruong", "--json");

        Assert.Equal(ExitCodes.Refused, code);
        var report = JsonDocument.Parse(output).RootElement;
        var step = Step(report, "DUK", "close-911");
        Assert.Equal("failed", step.GetProperty("state").GetString());
        Assert.Contains("[ledger.period-locked]", step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("ghi ngày 30/06/2025", step.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("partyfinance period unlock --unit DUK --month 06/2025", step.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // As the hint says: open the month, run again; the close finishes and locks it again.
        Assert.Equal(0, (await locked.RunAsync("period", "unlock", "--unit", "DUK", "--month", "06/2025", "--reason", "Ghi bút toán kết chuyển cuối năm", "--by", "ketoantruong")).Code);
        var rerun = await locked.RunAsync("close", "year", "--year", "2025", "--by", "ketoantruong", "--json");
        Assert.True(rerun.Code == 0, rerun.Out + rerun.Err);
        Assert.All(JsonDocument.Parse(rerun.Out).RootElement.GetProperty("steps").EnumerateArray(),
            s => Assert.NotEqual("failed", s.GetProperty("state").GetString()));
        Assert.Contains((await locked.JsonAsync("period", "list", "--unit", "DUK", "--year", "2025")).EnumerateArray(),
            p => p.GetProperty("month").GetString() == "2025-06" && p.GetProperty("locked").GetBoolean());

        await using var fresh = await CliRunner.StartAsync(initialise: false);
        Assert.Equal(0, (await fresh.RunAsync("demo", "seed")).Code);
        var whole = await fresh.RunAsync("close", "year", "--year", "2025", "--by", "ketoantruong", "--json");
        Assert.True(whole.Code == 0, whole.Out + whole.Err);

        // BDV, merged into BTGDV on 28/02/2025, carries nothing into a 2026 it does not have: what is left of its
        // estimate is cancelled on its last day, and no 2026 line is opened for it.
        var bdv = Step(JsonDocument.Parse(whole.Out).RootElement, "BDV", "carry-forward");
        Assert.Equal("done", bdv.GetProperty("state").GetString());
        Assert.StartsWith("Chuyển nguồn 0 đ; hủy ", bdv.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var cancels = (await fresh.JsonAsync("voucher", "list", "--unit", "BDV", "--year", "2025")).EnumerateArray()
            .Where(v => v.GetProperty("key").GetString()!.StartsWith("YE-2025-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cancels);
        Assert.All(cancels, v => Assert.StartsWith("YE-2025-CANCEL-", v.GetProperty("key").GetString(), StringComparison.Ordinal));
        Assert.All(cancels, v => Assert.Equal("2025-02-28", v.GetProperty("date").GetString()));
        Assert.Empty((await fresh.JsonAsync("budget", "status", "--unit", "BDV", "--year", "2026")).EnumerateArray());
        Assert.All((await fresh.JsonAsync("budget", "status", "--unit", "BDV", "--year", "2025")).EnumerateArray(),
            l => Assert.Equal(0, l.GetProperty("available").GetInt64()));
    }

    private static JsonElement Step(JsonElement report, string unit, string step) => report.GetProperty("steps").EnumerateArray()
        .Single(s => s.GetProperty("unit").GetString() == unit && s.GetProperty("step").GetString() == step);

    private static string[] States(JsonElement report, string unit) => Steps.Select(s => Step(report, unit, s).GetProperty("state").GetString()!).ToArray();

    private static JsonElement Row(JsonElement report, string line) => report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("line").GetString() == line);

    private static (string, string, long, string?)[] Lines(JsonElement voucher) => voucher.GetProperty("lines").EnumerateArray()
        .Select(l => (l.GetProperty("account").GetString()!, l.GetProperty("side").GetString()!, l.GetProperty("amount").GetInt64(), l.GetProperty("fund_source").GetString())).ToArray();

    private static async Task<List<(string, long, long)>> OpeningsAsync(Scenario cli, string unit) =>
        (await cli.JsonAsync("ledger", "trial-balance", "--year", "2027", "--unit", unit)).GetProperty("on_balance").EnumerateArray()
        .Where(r => r.GetProperty("opening_debit").GetInt64() != 0 || r.GetProperty("opening_credit").GetInt64() != 0)
        .Select(r => (r.GetProperty("account").GetString()!, r.GetProperty("opening_debit").GetInt64(), r.GetProperty("opening_credit").GetInt64()))
        .OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();

    internal static string Copy(string source, string folder, string name)
    {
        SqliteConnection.ClearAllPools();
        var target = Path.Combine(folder, name);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            if (File.Exists(source + suffix))
            {
                File.Copy(source + suffix, target + suffix);
            }
        }

        return target;
    }

    /// <summary>
    /// The CLI as its own process, as an operator runs it: the partyfinance.dll the CLI project built (same
    /// configuration as the tests). Not the copy beside the tests: this test project also references the web
    /// application, whose framework (ASP.NET Core) supplies assemblies the console program must carry itself.
    /// </summary>
    internal static string CliDll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var dll = Path.Combine(RepoPaths.Root, "src", "PartyFinance.Cli", "bin", framework.Parent!.Name, framework.Name, "partyfinance.dll");
            Assert.True(File.Exists(dll), $"build the CLI first: {dll}");
            return dll;
        }
    }

    private static async Task<(int Code, string Out, string Err)> ChildAsync(string db, string? killAt)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[CliDll, "--db", db, "--by", "ketoan", "--json", "close", "year", "--year", "2026", "--date", "2027-02-01"])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove(CloseCommands.KillAtVariable);
        if (killAt is not null)
        {
            start.Environment[CloseCommands.KillAtVariable] = killAt;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Every table's rows (ordered), without the moments rows were written (columns at, *_at) and the audit hashes over them.</summary>
    internal static string Snapshot(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // The audit trail records each run's moments and digests over them; its own chain is checked by `audit verify`.
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_events' ORDER BY name";
            using var r = list.ExecuteReader();
            while (r.Read())
            {
                tables.Add(r.GetString(0));
            }
        }

        var sb = new StringBuilder();
        foreach (var table in tables)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\"";
            using var r = cmd.ExecuteReader();
            // The audit trail's hashes and row images carry the moment of each row: its rows are compared by what they record, not when.
            string[] timed = table == "audit_events" ? ["before_json", "after_json"] : [];
            var columns = Enumerable.Range(0, r.FieldCount).Where(i => r.GetName(i) is not ("at" or "hash" or "prev_hash") && !r.GetName(i).EndsWith("_at", StringComparison.Ordinal)
                && !timed.Contains(r.GetName(i))).ToList();
            var rows = new List<string>();
            while (r.Read())
            {
                rows.Add(string.Join("|", columns.Select(i => r.GetName(i) + "=" + Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
            }

            sb.Append("## ").Append(table).Append('\n');
            foreach (var row in rows.Order(StringComparer.Ordinal))
            {
                sb.Append(row).Append('\n');
            }
        }

        return sb.ToString();
    }
}

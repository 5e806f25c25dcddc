using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>
/// The asset reports (S24-H register, increase and decrease by class, wear by unit) on a year worked out by hand:
/// a register taken over on 01/01/2026 (VPTU: a car 900.000.000 worn 450.000.000, a computer 18.000.000 worn
/// 7.200.000, an office building 12.000.000.000 worn 3.600.000.000; BTC: a copier 45.000.000 worn 9.000.000), the
/// computer transferred to BTC on 01/07, the car liquidated on 01/10, then the December wear run. Every closing
/// figure is the ledger's 211x and 214x balance of the same unit.
/// </summary>
public sealed class AssetReportTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,

        """;

    private const string Register = """
        code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector
        TS-001,Xe ô tô 7 chỗ,OTO,VPTU,2021-06-15,900000000,450000000,900000000,0,0,purchase,Gara,Tổ lái xe,340-351
        TS-002,Máy tính để bàn,MAY-TINH,VPTU,2023-03-01,18000000,7200000,18000000,0,0,purchase,Phòng Tài chính,,340-351
        TS-003,Nhà làm việc khối B,NHA-CAP2,VPTU,2010-01-01,12000000000,3600000000,10000000000,2000000000,0,investment,Số 1 Lý Thái Tổ,,340-351
        TS-004,Máy photocopy,MAY-TINH,BTC,2024-05-01,45000000,9000000,45000000,0,0,purchase,Văn phòng Ban,,340-351

        """;

    private static readonly Dictionary<string, string> SignerOf = new()
    {
        ["unit-head"] = "thutruong.vptu",
        ["office-chief"] = "chanhvp",
        ["standing-board"] = "thuongtruc",
        ["standing-committee"] = "bantv",
    };

    private static async Task<(Scenario Cli, long VptuWear, long BtcWear)> YearAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var cli = await Scenario.CreateAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        foreach (var (login, role) in new[] { ("thutruong.vptu", "unit-head"), ("chanhvp", "office-chief"), ("thuongtruc", "standing-board"), ("bantv", "standing-committee") })
        {
            var scope = role == "unit-head" ? "VPTU" : "province";
            var user = await cli.RunAsync("user", "add", login, "--name", "Người dùng " + login, "--role", role, "--scope", scope, "--from", "2025-01-01", "--by", "admin");
            Assert.True(user.Code == 0, user.Err);
        }

        await cli.JsonAsync("asset", "import", cli.File("tai-san.csv", Register), "--date", "2026-01-01", "--by", "ketoan");
        await SignAllAsync(cli, (await cli.JsonAsync("asset", "transfer", "TS-002", "--date", "2026-07-01", "--to", "BTC", "--reason", "Điều chuyển theo nhu cầu", "--by", "ketoan")).GetProperty("approval"));
        await SignAllAsync(cli, (await cli.JsonAsync("asset", "liquidate", "TS-001", "--date", "2026-10-01", "--reason", "Hết hạn sử dụng", "--by", "ketoan")).GetProperty("approval"));
        var btc = await cli.JsonAsync("asset", "wear", "--year", "2026", "--unit", "BTC", "--by", "ketoan");
        var vptu = await cli.JsonAsync("asset", "wear", "--year", "2026", "--unit", "VPTU", "--by", "ketoan");
        return (cli, vptu.GetProperty("total_wear").GetInt64(), btc.GetProperty("total_wear").GetInt64());
    }

    private static async Task SignAllAsync(Scenario cli, JsonElement approval)
    {
        var number = approval.GetProperty("number").GetInt64().ToString(CultureInfo.InvariantCulture);
        foreach (var step in approval.GetProperty("steps").EnumerateArray())
        {
            await cli.JsonAsync("approval", "approve", number, "--decision-no", $"{step.GetProperty("step").GetInt32()}/QĐ-TU", "--date", "2026-03-15",
                "--by", SignerOf[step.GetProperty("decider").GetString()!]);
        }
    }

    private static Task<JsonElement> ShowAsync(Scenario cli, string code, string? unit) =>
        unit is null ? cli.JsonAsync("report", "show", code, "--year", "2026") : cli.JsonAsync("report", "show", code, "--year", "2026", "--unit", unit);

    /// <summary>The asset code of a register row, null for headings and totals.</summary>
    private static string? Code(JsonElement row) =>
        row.GetProperty("texts") is { ValueKind: JsonValueKind.Object } t && t.TryGetProperty("code", out var c) ? c.GetString() : null;

    private static long V(JsonElement report, string line, string column) => ReportScenario.Value(report, line, column);

    /// <summary>Closing balance (debit − credit) at 31/12/2026 of the accounts starting with <paramref name="prefix"/>.</summary>
    private static async Task<long> BalanceAsync(Scenario cli, string? unit, string prefix)
    {
        var tb = unit is null ? await cli.JsonAsync("ledger", "trial-balance", "--year", "2026") : await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", unit);
        return tb.GetProperty("on_balance").EnumerateArray().Where(r => r.GetProperty("account").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
    }

    [Fact]
    public Task IncreaseAndDecrease_ByClass_HoldTheHandWorkedYear_AndAgreeWithTheLedger() => MovementAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_IncreaseAndDecrease_AgreeWithTheLedger() => MovementAsync(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_IncreaseAndDecrease_AgreeWithTheLedger() => MovementAsync(DatabaseProvider.SqlServer);

    private static async Task MovementAsync(DatabaseProvider provider)
    {
        var (cli, vptuWear, btcWear) = await YearAsync(provider);
        await using var owned = cli;
        var vptu = await ShowAsync(cli, "asset-movement", "VPTU");
        Assert.Equal(12_918_000_000, V(vptu, "30", "opening_cost"));
        Assert.Equal(4_057_200_000, V(vptu, "30", "opening_wear"));
        Assert.Equal(18_000_000, V(vptu, "15", "decrease_transfer"));
        Assert.Equal(7_200_000 + 450_000_000, V(vptu, "30", "wear_out"));
        Assert.Equal(900_000_000, V(vptu, "13", "decrease_liquidate"));
        Assert.Equal(918_000_000, V(vptu, "30", "decrease_transfer") + V(vptu, "30", "decrease_liquidate"));
        Assert.Equal(12_000_000_000, V(vptu, "11", "closing_cost"));
        Assert.Equal(0, V(vptu, "13", "closing_cost"));
        Assert.Equal(vptuWear, V(vptu, "30", "wear_year"));
        Assert.Equal(12_000_000_000 - 3_600_000_000 - vptuWear, V(vptu, "30", "closing_residual"));

        var btc = await ShowAsync(cli, "asset-movement", "BTC");
        Assert.Equal(45_000_000, V(btc, "15", "opening_cost"));
        Assert.Equal(18_000_000, V(btc, "15", "increase_transfer_in"));
        Assert.Equal(7_200_000, V(btc, "15", "wear_in"));
        Assert.Equal(63_000_000, V(btc, "15", "closing_cost"));
        Assert.Equal(btcWear, V(btc, "30", "wear_year"));
        Assert.Equal(9_000_000 + 7_200_000 + btcWear, V(btc, "30", "closing_wear"));

        foreach (var unit in new[] { "VPTU", "BTC", null })
        {
            var report = await ShowAsync(cli, "asset-movement", unit);
            Assert.Empty(report.GetProperty("notes").EnumerateArray());
            Assert.Equal(await BalanceAsync(cli, unit, "211") + await BalanceAsync(cli, unit, "213"), V(report, "30", "closing_cost"));
            Assert.Equal(-await BalanceAsync(cli, unit, "214"), V(report, "30", "closing_wear"));
            foreach (var line in new[] { "10", "11", "13", "15", "30" })
            {
                Assert.Equal(V(report, line, "closing_cost"), V(report, line, "opening_cost") + V(report, line, "increase_transfer_in") + V(report, line, "increase_purchase")
                    - V(report, line, "decrease_transfer") - V(report, line, "decrease_liquidate"));
                Assert.Equal(V(report, line, "closing_wear"), V(report, line, "opening_wear") + V(report, line, "wear_year") + V(report, line, "wear_in") - V(report, line, "wear_out"));
            }
        }
    }

    [Fact]
    public async Task Register_ListsEachAssetOnTheUnitsBooks_WithItsIncreaseAndDecrease()
    {
        var (cli, _, _) = await YearAsync();
        await using var owned = cli;
        var vptu = await ShowAsync(cli, "asset-register", "VPTU");
        Assert.Equal("S24-H", vptu.GetProperty("form").GetString());
        Assert.DoesNotContain(vptu.GetProperty("columns").EnumerateArray(), c => c.GetProperty("key").GetString() == "unit");
        var rows = vptu.GetProperty("rows").EnumerateArray().Where(r => Code(r) is not null).ToDictionary(r => Code(r)!);
        Assert.Equal(["TS-001", "TS-002", "TS-003"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Thanh lý: Hết hạn sử dụng", rows["TS-001"].GetProperty("texts").GetProperty("decrease_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("01/10/2026", rows["TS-001"].GetProperty("texts").GetProperty("decrease_date").GetString());
        Assert.Equal(900_000_000, rows["TS-001"].GetProperty("values").GetProperty("cost").GetInt64());
        Assert.Equal(450_000_000, rows["TS-001"].GetProperty("values").GetProperty("accumulated").GetInt64());
        Assert.StartsWith("Điều chuyển sang BTC", rows["TS-002"].GetProperty("texts").GetProperty("decrease_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("01/2010", rows["TS-003"].GetProperty("texts").GetProperty("in_service").GetString());
        Assert.Equal("2", rows["TS-003"].GetProperty("texts").GetProperty("rate").GetString());
        Assert.Equal(12_000_000_000 + 900_000_000 + 18_000_000, V(vptu, "total", "cost"));

        var btc = await ShowAsync(cli, "asset-register", "BTC");
        var received = btc.GetProperty("rows").EnumerateArray().Single(r => Code(r) == "TS-002");
        Assert.Equal("01/07/2026", received.GetProperty("texts").GetProperty("increase_date").GetString());
        Assert.Equal(string.Empty, received.GetProperty("texts").GetProperty("decrease_reason").GetString());
        Assert.Equal(18_000_000, received.GetProperty("values").GetProperty("cost").GetInt64());
        Assert.Equal("14,29", received.GetProperty("texts").GetProperty("rate").GetString());
        Assert.Equal(63_000_000, V(btc, "15", "cost"));

        // The province lists the transferred computer on both books, with the unit column.
        var province = await ShowAsync(cli, "asset-register", null);
        Assert.Contains(province.GetProperty("columns").EnumerateArray(), c => c.GetProperty("key").GetString() == "unit");
        Assert.Equal(2, province.GetProperty("rows").EnumerateArray().Count(r => Code(r) == "TS-002"));
        Assert.Empty(province.GetProperty("notes").EnumerateArray());
    }

    [Fact]
    public async Task WearByUnit_GivesEachUnitsWearRun_AndTheTotal()
    {
        var (cli, vptuWear, btcWear) = await YearAsync();
        await using var owned = cli;
        var province = await ShowAsync(cli, "asset-wear", null);
        Assert.Equal(vptuWear, V(province, "VPTU/30", "wear_year"));
        Assert.Equal(btcWear, V(province, "BTC/30", "wear_year"));
        Assert.Equal(vptuWear + btcWear, V(province, "30", "wear_year"));
        Assert.Equal(-await BalanceAsync(cli, "BTC", "214"), V(province, "BTC/30", "closing_wear"));
        var unit = await ShowAsync(cli, "asset-wear", "BTC");
        Assert.DoesNotContain(unit.GetProperty("rows").EnumerateArray(), r => r.GetProperty("line").GetString()!.Contains('/', StringComparison.Ordinal));
        Assert.Equal(btcWear, V(unit, "30", "wear_year"));
    }

    [Fact]
    public async Task ARegisterThatDiffersFromTheLedger_IsNotedUnderEveryAssetReport()
    {
        // The hand-worked 2025 books hold 2118 50.000.000 and 2141 10.000.000 with no card on the register.
        await using var cli = await ReportScenario.BooksAsync();
        foreach (var code in new[] { "asset-register", "asset-movement", "asset-wear" })
        {
            var report = await cli.JsonAsync("report", "show", code, "--year", "2025", "--unit", "VPTU");
            var notes = report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
            Assert.Contains("Đối chiếu sổ cái năm 2025: nguyên giá TK 2118 theo sổ tài sản 0 đ, theo sổ cái 50.000.000 đ (chênh lệch -50.000.000 đ).", notes);
            Assert.Contains("Đối chiếu sổ cái năm 2025: hao mòn lũy kế TK 2141 theo sổ tài sản 0 đ, theo sổ cái 10.000.000 đ (chênh lệch -10.000.000 đ).", notes);
            Assert.Equal(2, notes.Count);
        }
    }

    [Fact]
    public async Task AssetSheets_ValidateAndMatchTheirGoldenLayout()
    {
        var (cli, _, _) = await YearAsync();
        await using var owned = cli;
        var path = cli.File("tai-san.xlsx", string.Empty);
        await cli.JsonAsync("report", "export", "--year", "2026", "--reports", "asset-register,asset-movement,asset-wear", "--out", path, "--place", "Bắc Ninh", "--date", "2027-01-20");
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }

        var folder = Path.Combine(RepoPaths.Root, "tests", "PartyFinance.Cli.Tests", "Golden", "reports-assets");
        foreach (var (name, dump) in Workbook.Dump(path))
        {
            var file = Path.Combine(folder, name + ".txt");
            if (Environment.GetEnvironmentVariable("PARTYFINANCE_UPDATE_GOLDEN") == "1")
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(file, dump);
            }

            Assert.True(File.Exists(file), $"golden file {file} is missing (PARTYFINANCE_UPDATE_GOLDEN=1 writes it)");
            Assert.Equal(File.ReadAllText(file), dump);
        }
    }

    [SofficeFact]
    public async Task LibreOffice_ReadsBackTheAssetReports_AsReportShowGivesThem()
    {
        var (cli, _, _) = await YearAsync();
        await using var owned = cli;
        var path = cli.File("lo-tai-san.xlsx", string.Empty);
        await cli.JsonAsync("report", "export", "--year", "2026", "--reports", "asset-register,asset-movement,asset-wear", "--out", path);
        var sheets = Workbook.ThroughLibreOffice(path);
        var checkedCells = 0;
        foreach (var code in new[] { "asset-register", "asset-movement", "asset-wear" })
        {
            var report = await ShowAsync(cli, code, null);
            var columns = report.GetProperty("columns").EnumerateArray().Select(c => (Key: c.GetProperty("key").GetString()!, Heading: c.GetProperty("heading").GetString()!, Kind: c.GetProperty("kind").GetString()!)).ToList();
            var rows = sheets[code];
            var heading = rows.FindIndex(r => r.Count >= columns.Count && columns.Select((c, i) => r[i] == c.Heading).All(x => x));
            Assert.True(heading >= 0, $"{code}: no heading row");
            foreach (var (row, i) in report.GetProperty("rows").EnumerateArray().Select((r, i) => (r, i)))
            {
                var cells = rows[heading + 1 + i];
                foreach (var (c, at) in columns.Select((c, at) => (c, at)).Where(x => x.c.Kind == "amount"))
                {
                    var expected = row.GetProperty("values").TryGetProperty(c.Key, out var v) ? v.GetInt64().ToString(CultureInfo.InvariantCulture) : string.Empty;
                    Assert.True(expected == cells[at], $"{code} row {i} {c.Key}: {expected} ≠ {cells[at]}");
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 200, checkedCells.ToString(CultureInfo.InvariantCulture));
    }
}

using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;
using Scenario = PartyFinance.Cli.Tests.Budgeting.Cli;

namespace PartyFinance.Cli.Tests.Assets;

/// <summary>
/// A register of assets in use before 2026 taken over during 2026 (`asset import --date`): wear is booked only on 31/12,
/// so the accumulated wear a card is taken over with is the wear to 31/12/2025, and the transition rule (TT 141/2025
/// Art. 18.1) spreads the same residual whatever the day of the take-over. Read back from the register and the ledger.
/// </summary>
public sealed class AssetTakeOverCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,

        """;

    private const string Register = """
        code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector
        TS-001,Xe ô tô 7 chỗ,OTO,VPTU,2021-06-15,900.000.000,450000000,900000000,0,0,purchase,Gara,Tổ lái xe,340-351
        TS-002,Máy tính để bàn,MAY-TINH,VPTU,2023-03-01,18000000,7200000,18000000,0,0,purchase,Phòng Tài chính,Nguyễn Văn A,340-351
        TS-003,Nhà làm việc khối B,NHA-CAP2,VPTU,2010-01-01,12000000000,3600000000,10000000000,2000000000,0,investment,Số 1 Lý Thái Tổ,,340-351

        """;

    /// <summary>2026's wear of each card: (cost − wear to 31/12/2025) ÷ (new life − years used).</summary>
    private static readonly Dictionary<string, long> Wear2026 = new(StringComparer.Ordinal)
    {
        ["TS-001"] = 45_000_000,
        ["TS-002"] = 2_700_000,
        ["TS-003"] = 247_058_824,
    };

    private const long OpeningWear = 450_000_000 + 7_200_000 + 3_600_000_000;

    [Fact]
    public Task ARegisterTakenOverOn0103_WearsIn2026AsOneTakenOverOn0101_AndTheLedgerAgrees() => ScenarioAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task OnPostgres_ARegisterTakenOverOn0103_WearsIn2026AsOneTakenOverOn0101_AndTheLedgerAgrees() => ScenarioAsync(DatabaseProvider.Postgres);

    private static async Task ScenarioAsync(DatabaseProvider provider)
    {
        var january = await TakeOverAndWearAsync(provider, "2026-01-01");
        var march = await TakeOverAndWearAsync(provider, "2026-03-01");

        Assert.Equal(Wear2026.OrderBy(w => w.Key, StringComparer.Ordinal), january.ByAsset);
        Assert.Equal(january.ByAsset, march.ByAsset);
        Assert.Equal(january.Total, march.Total);
        Assert.Equal(Wear2026.Values.Sum(), march.Total);

        // The ledger agrees with the register to the đồng: Nợ 61113 the year's wear, Có 2141 the opening wear and the year's.
        Assert.Equal((march.Total, -(OpeningWear + march.Total)), (march.Ledger611, march.Ledger214));
        Assert.Equal((january.Ledger611, january.Ledger214), (march.Ledger611, march.Ledger214));
    }

    private sealed record Outcome(List<KeyValuePair<string, long>> ByAsset, long Total, long Ledger611, long Ledger214);

    private static async Task<Outcome> TakeOverAndWearAsync(DatabaseProvider provider, string date)
    {
        await using var cli = await Scenario.CreateAsync(provider);
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", "admin")).Code);
        var imported = await cli.RunAsync("asset", "import", cli.File("tai-san.csv", Register), "--date", date, "--by", "ketoan");
        Assert.True(imported.Code == 0, imported.Err);

        var run = await cli.JsonAsync("asset", "wear", "--year", "2026", "--by", "ketoan");
        Assert.True(run.GetProperty("worn").GetInt32() == 3, run.ToString());
        Assert.Empty(run.GetProperty("skipped").EnumerateArray());
        Assert.Empty(run.GetProperty("failed").EnumerateArray());

        // Each card's 2026 wear, from its history; the register's accumulated wear is the opening's plus it.
        var byAsset = new List<KeyValuePair<string, long>>();
        long registerWear = 0;
        foreach (var code in Wear2026.Keys.Order(StringComparer.Ordinal))
        {
            var card = await cli.JsonAsync("asset", "show", code);
            var worn = card.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("kind").GetString() == "wear").Sum(h => h.GetProperty("wear_change").GetInt64());
            byAsset.Add(new(code, worn));
            registerWear += card.GetProperty("accumulated_wear").GetInt64();
        }

        Assert.Equal(OpeningWear + byAsset.Sum(a => a.Value), registerWear);
        var ledger214 = await BalanceAsync(cli, "214");
        Assert.Equal(-registerWear, ledger214);
        return new Outcome(byAsset, run.GetProperty("total_wear").GetInt64(), await BalanceAsync(cli, "611"), ledger214);
    }

    /// <summary>VPTU's closing balance (debit − credit) in 2026 of the accounts starting with <paramref name="prefix"/>.</summary>
    private static async Task<long> BalanceAsync(Scenario cli, string prefix)
    {
        var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2026", "--unit", "VPTU");
        return tb.GetProperty("on_balance").EnumerateArray().Where(r => r.GetProperty("account").GetString()!.StartsWith(prefix, StringComparison.Ordinal))
            .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
    }
}

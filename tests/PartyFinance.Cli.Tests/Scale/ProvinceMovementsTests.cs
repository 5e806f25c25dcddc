using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Scale;

/// <summary>
/// `demo generate`'s movements of the register in the year — purchases, transfers, disposals — each through its approval
/// chain signed by the deciders the rules name, posted, and the register agreeing with the ledger to the đồng.
/// </summary>
public class ProvinceMovementsTests
{
    // 600 assets: 6 purchases (1 %), 3 transfers and 3 disposals (0.5 % each).
    private static readonly string[] Moving = ["demo", "generate", "--units", "6", "--vouchers", "400", "--assets", "600", "--year", "2025", "--seed", "5"];

    [Fact]
    public Task Generate_MovesTheRegisterThroughItsChains_AndTheRegisterAgreesWithTheLedger_Sqlite() => MovementsAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Generate_MovesTheRegisterThroughItsChains_AndTheRegisterAgreesWithTheLedger_Postgres() => MovementsAsync(DatabaseProvider.Postgres);

    private static async Task MovementsAsync(DatabaseProvider provider)
    {
        await using var cli = await CliRunner.StartAsync(provider, initialise: false, actor: null);
        var made = await cli.JsonAsync(Moving);
        Assert.Equal((6, 3, 3), (made.GetProperty("purchased").GetInt32(), made.GetProperty("transferred").GetInt32(), made.GetProperty("disposed").GetInt32()));
        Assert.Equal(400, made.GetProperty("vouchers_posted").GetInt32());

        // Bought: new cards in use, not yet worn, of the classes Mục 6950 buys; disposed: three cards liquidated or sold.
        var cards = (await cli.JsonAsync("asset", "list", "--year", "2025", "--by", "ketoan")).EnumerateArray().ToList();
        var bought = cards.Where(c => Text(c, "code").StartsWith("TM2025-", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, bought.Count);
        Assert.All(bought, c => Assert.Equal(("in-use", 0L), (Text(c, "status"), c.GetProperty("accumulated_wear").GetInt64())));
        Assert.All(bought, c => Assert.Contains(Text(c, "class"), new[] { "MAY-TINH", "DIEU-HOA" }));
        Assert.Equal(600 + 6, cards.Count);
        Assert.Equal(3, cards.Count(c => Text(c, "status") is "liquidated" or "sold"));

        // Every chain released, each step signed by the holder of its decider's role (the unit's head, then the province's offices).
        var approvals = (await cli.JsonAsync("approval", "list", "--by", "ketoan")).EnumerateArray().ToList();
        Assert.Equal(12, approvals.Count);
        var steps = 0;
        var kinds = new List<string>();
        foreach (var a in approvals)
        {
            Assert.Equal("released", Text(a, "status"));
            var shown = await cli.JsonAsync("approval", "show", a.GetProperty("number").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--by", "ketoan");
            Assert.Equal("ketoan", Text(shown, "maker"));
            kinds.Add(Text(shown, "action"));
            foreach (var step in shown.GetProperty("steps").EnumerateArray())
            {
                steps++;
                var expected = Text(step, "decider") switch
                {
                    "unit-head" => "thutruong." + Text(shown, "unit").ToLowerInvariant(),
                    "office-chief" => "chanhvanphong",
                    "standing-board" => "thuongtruc",
                    _ => "bantv",
                };
                Assert.Equal(expected, Text(step, "signed_by"));
            }
        }

        Assert.True(steps > approvals.Count, "some chain runs above the unit head");
        Assert.Equal(3, kinds.Count(k => k == "transfer"));
        Assert.Equal(3, kinds.Count(k => k is "liquidate" or "sell"));
        var actions = approvals.Select(a => Text(a, "document")).ToList();
        Assert.Equal(6, actions.Count(d => d.StartsWith("SPEND-", StringComparison.Ordinal)));
        Assert.Equal(6, actions.Count(d => d.StartsWith("ASSET-", StringComparison.Ordinal)));

        // Purchases within budget: paid on the purchase items' lines, which stay at or above zero.
        var requests = (await cli.JsonAsync("spend", "list", "--by", "ketoan")).EnumerateArray().ToList();
        Assert.Equal(6, requests.Count(r => Text(r, "status") == "paid"));
        var lines = (await cli.JsonAsync("budget", "status", "--year", "2025", "--by", "ketoan")).EnumerateArray()
            .Where(l => Text(l, "budget_item") is "6955" or "6956").ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.True(l.GetProperty("available").GetInt64() >= 0));
        Assert.Equal(bought.Sum(c => c.GetProperty("original_cost").GetInt64()), lines.Sum(l => l.GetProperty("spent").GetInt64()));

        // The register agrees with the ledger per unit: cost in use = 211x + 213x, wear = 214x; every unit's books balance; sales brought proceeds (3378).
        long proceeds = 0;
        foreach (var unit in (await cli.JsonAsync("unit", "list")).EnumerateArray().Select(u => Text(u, "code")))
        {
            var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", unit);
            var rows = tb.GetProperty("on_balance").EnumerateArray().ToList();
            long Balance(string prefix) => rows.Where(r => Text(r, "account").StartsWith(prefix, StringComparison.Ordinal))
                .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
            var held = cards.Where(c => Text(c, "unit") == unit && Text(c, "status") == "in-use").ToList();
            Assert.Equal(held.Sum(c => c.GetProperty("original_cost").GetInt64()), Balance("211") + Balance("213"));
            Assert.Equal(held.Sum(c => c.GetProperty("accumulated_wear").GetInt64()), -Balance("214"));
            Assert.Equal(rows.Sum(r => r.GetProperty("closing_debit").GetInt64()), rows.Sum(r => r.GetProperty("closing_credit").GetInt64()));
            proceeds -= Balance("3378");
        }

        Assert.True(proceeds > 0, "disposals with proceeds");

        // Running it again moves nothing more.
        var again = await cli.JsonAsync(Moving);
        Assert.Equal((0, 0, 0), (again.GetProperty("purchased").GetInt32(), again.GetProperty("transferred").GetInt32(), again.GetProperty("disposed").GetInt32()));
        Assert.Equal(12, (await cli.JsonAsync("approval", "list", "--by", "ketoan")).GetArrayLength());
    }

    private static string Text(JsonElement e, string name) => e.GetProperty(name).GetString()!;
}

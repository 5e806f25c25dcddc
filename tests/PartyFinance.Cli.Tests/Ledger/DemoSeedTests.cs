namespace PartyFinance.Cli.Tests.Ledger;

public class DemoSeedTests
{
    [Fact]
    public async Task DemoSeed_BuildsBalancedBooksWithTheMergerAndRunningItAgainAddsNothing()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);
        var first = await cli.JsonAsync("demo", "seed");
        Assert.Equal(12, first.GetProperty("units").GetInt32());
        Assert.True(first.GetProperty("vouchers_posted").GetInt32() > 500);
        Assert.Equal(12, first.GetProperty("users_added").GetInt32());
        Assert.Equal(2, first.GetProperty("rule_sets_imported").GetInt32());

        var again = await cli.JsonAsync("demo", "seed");
        Assert.Equal((0, 0, 0), (again.GetProperty("units").GetInt32(), again.GetProperty("vouchers_posted").GetInt32(), again.GetProperty("users_added").GetInt32()));
        Assert.Equal(first.GetProperty("vouchers_posted").GetInt32(), again.GetProperty("vouchers_skipped").GetInt32());

        foreach (var year in new[] { "2025", "2026" })
        {
            var rows = (await cli.JsonAsync("ledger", "trial-balance", "--year", year)).GetProperty("on_balance").EnumerateArray().ToList();
            Assert.NotEmpty(rows);
            Assert.Equal(rows.Sum(r => r.GetProperty("debit").GetInt64()), rows.Sum(r => r.GetProperty("credit").GetInt64()));
            Assert.Equal(rows.Sum(r => r.GetProperty("closing_debit").GetInt64()), rows.Sum(r => r.GetProperty("closing_credit").GetInt64()));
        }

        var duk = (await cli.JsonAsync("voucher", "list", "--unit", "DUK")).EnumerateArray().Select(v => v.GetProperty("date").GetString()!).ToList();
        Assert.NotEmpty(duk);
        Assert.All(duk, d => Assert.True(string.CompareOrdinal(d, "2025-06-30") <= 0, d));
        var (code, _, err) = await cli.RunAsync("period", "lock", "--unit", "VPTU", "--month", "2025-03", "--by", "ketoantruong");
        Assert.Equal(1, code);
        Assert.Contains("[ledger.period-already-locked]", err);
    }
}

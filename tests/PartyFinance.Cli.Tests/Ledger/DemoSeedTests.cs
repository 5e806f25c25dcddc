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
        Assert.Equal(3, (await cli.JsonAsync("authority", "list")).GetArrayLength());

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

        // The demo books as the regime prescribes: cash withdrawn on the advance leaf for the item it pays,
        // no Tiểu mục 6001 outside salaries, each unit on its own Loại–Khoản, and every budget line equal to its 008 books.
        var btcCash = (await cli.JsonAsync("voucher", "list", "--unit", "BTC", "--year", "2025")).EnumerateArray()
            .First(v => v.GetProperty("description").GetString()!.StartsWith("Rút tạm ứng", StringComparison.Ordinal));
        var lines = (await cli.JsonAsync("voucher", "show", btcCash.GetProperty("number").GetString()!)).GetProperty("lines").EnumerateArray().ToList();
        var advance = Assert.Single(lines, l => l.GetProperty("account").GetString() == "008211");
        Assert.NotEqual("6001", advance.GetProperty("budget_item").GetString());
        Assert.Equal("credit", advance.GetProperty("side").GetString());
        foreach (var (unit, sector) in new[] { ("TCT", "070-085"), ("BAO", "160-171"), ("BTC", "340-351") })
        {
            var status = (await cli.JsonAsync("budget", "status", "--unit", unit, "--year", "2025")).EnumerateArray().ToList();
            Assert.NotEmpty(status);
            Assert.All(status, l => Assert.Equal(sector, l.GetProperty("sector").GetString()));
            Assert.All(status, l => Assert.True(l.GetProperty("available").GetInt64() >= 0));
            var estimate = (await cli.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", unit)).GetProperty("off_balance").EnumerateArray()
                .Where(r => r.GetProperty("account").GetString()!.StartsWith("008", StringComparison.Ordinal))
                .Sum(r => r.GetProperty("closing_debit").GetInt64() - r.GetProperty("closing_credit").GetInt64());
            Assert.Equal(estimate, status.Sum(l => l.GetProperty("available").GetInt64() + l.GetProperty("committed").GetInt64()));
        }

        var duk = (await cli.JsonAsync("voucher", "list", "--unit", "DUK")).EnumerateArray().Select(v => v.GetProperty("date").GetString()!).ToList();
        Assert.NotEmpty(duk);
        Assert.All(duk, d => Assert.True(string.CompareOrdinal(d, "2025-06-30") <= 0, d));
        var (code, _, err) = await cli.RunAsync("period", "lock", "--unit", "VPTU", "--month", "2025-03", "--by", "ketoantruong");
        Assert.Equal(1, code);
        Assert.Contains("[ledger.period-already-locked]", err);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Scale;

/// <summary>`demo generate` (deterministic for a seed, every invariant held) and `ledger export --format ledger` read back by Ledger and hledger.</summary>
public class ProvinceGenerateTests
{
    private static readonly string[] Small = ["demo", "generate", "--units", "8", "--vouchers", "700", "--assets", "120", "--year", "2025"];

    [Fact]
    public async Task SameSeedGivesTheSameBooks_AnotherSeedOthers_AndEveryLineWithinItsEstimate()
    {
        await using var a = await CliRunner.StartAsync(initialise: false, actor: null);
        await using var b = await CliRunner.StartAsync(initialise: false, actor: null);
        await using var c = await CliRunner.StartAsync(initialise: false, actor: null);
        var made = await a.JsonAsync([.. Small, "--seed", "7"]);
        Assert.Equal(8, made.GetProperty("units").GetInt32());
        Assert.Equal(700, made.GetProperty("vouchers_posted").GetInt32());
        Assert.Equal(120, made.GetProperty("assets").GetInt32());
        Assert.Equal((1, 1, 1), (made.GetProperty("purchased").GetInt32(), made.GetProperty("transferred").GetInt32(), made.GetProperty("disposed").GetInt32()));
        await b.JsonAsync([.. Small, "--seed", "7"]);
        await c.JsonAsync([.. Small, "--seed", "8"]);

        var (tbA, tbB, tbC) = (await TrialBalanceAsync(a), await TrialBalanceAsync(b), await TrialBalanceAsync(c));
        Assert.Equal(tbA, tbB);
        Assert.NotEqual(tbA, tbC);
        var (fa, fb, fc) = (await FingerprintAsync(a), await FingerprintAsync(b), await FingerprintAsync(c));
        Assert.Equal(fa, fb);
        Assert.NotEqual(fa, fc);

        // Spending within budget: every line's available stays at or above zero, and the line is its 008 books.
        var status = (await a.JsonAsync("budget", "status", "--year", "2025", "--by", "ketoan")).EnumerateArray().ToList();
        Assert.Equal(8 * 5 + 1, status.Count); // five lines a unit, and the purchase item of the year's one purchase (1 % of 120 assets)
        Assert.All(status, l => Assert.True(l.GetProperty("available").GetInt64() >= 0));
        Assert.True(status.Count(l => l.GetProperty("spent").GetInt64() > 0) >= 30);

        // Vietnamese names: the units and the staff the advances went to.
        var units = (await a.JsonAsync("unit", "list")).EnumerateArray().Select(u => u.GetProperty("name").GetString()!).ToList();
        Assert.Contains("Văn phòng Tỉnh ủy", units);
        Assert.Contains(units, n => n.StartsWith("Đảng ủy xã ", StringComparison.Ordinal) || n.StartsWith("Đảng ủy phường ", StringComparison.Ordinal));
        Assert.Contains("Tạm ứng cho ", await File.ReadAllTextAsync(await ExportAsync(a, "a.ledger")), StringComparison.Ordinal);

        // Running it again adds nothing: every key is already posted with the same content.
        var again = await a.JsonAsync([.. Small, "--seed", "7"]);
        Assert.Equal((0, 700, 0), (again.GetProperty("vouchers_posted").GetInt32(), again.GetProperty("vouchers_skipped").GetInt32(), again.GetProperty("assets").GetInt32()));
    }

    [Fact]
    public async Task TooFewVouchersForTheUnitsIsRefusedInVietnamese()
    {
        await using var a = await CliRunner.StartAsync(initialise: false, actor: null);
        var (code, _, err) = await a.RunAsync("demo", "generate", "--units", "10", "--vouchers", "100", "--year", "2025");
        Assert.NotEqual(0, code);
        Assert.Contains("Số chứng từ (--vouchers) phải từ 250", err, StringComparison.Ordinal);
        Assert.Contains("[demo.bad-volume]", err, StringComparison.Ordinal);
        await using var b = await CliRunner.StartAsync();
        var (badFormat, _, formatErr) = await b.RunAsync("ledger", "export", "--format", "beancount", "--year", "2025", "--out", Path.Combine(Path.GetTempPath(), "x.beancount"));
        Assert.NotEqual(0, badFormat);
        Assert.Contains("[export.format-unknown]", formatErr, StringComparison.Ordinal);
    }

    [LedgerToolsFact]
    public Task LedgerAndHledgerBalanceTheExportAsOurTrialBalance_Sqlite() => ToolsAgreeAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task LedgerAndHledgerBalanceTheExportAsOurTrialBalance_Postgres() => ToolsAgreeAsync(DatabaseProvider.Postgres);

    private static async Task ToolsAgreeAsync(DatabaseProvider provider)
    {
        await using var cli = await CliRunner.StartAsync(provider, initialise: false, actor: null);
        await cli.JsonAsync([.. Small, "--seed", "3"]);
        var ours = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var unit in (await cli.JsonAsync("unit", "list")).EnumerateArray().Select(u => u.GetProperty("code").GetString()!))
        {
            var tb = await cli.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", unit);
            foreach (var row in tb.GetProperty("on_balance").EnumerateArray().Concat(tb.GetProperty("off_balance").EnumerateArray()))
            {
                var closing = row.GetProperty("closing_debit").GetInt64() - row.GetProperty("closing_credit").GetInt64();
                if (closing != 0)
                {
                    ours[unit + ":" + row.GetProperty("account").GetString()] = closing;
                }
            }
        }

        Assert.True(ours.Count > 8 * 10, $"{ours.Count} accounts");
        var file = await ExportAsync(cli, "province.ledger");
        if (LedgerTools.Find("ledger") is null || LedgerTools.Find("hledger") is null)
        {
            Assert.Fail("ledger, hledger không có (bash .ci/test cài chúng)");
        }

        var ledger = Balances(await RunAsync("ledger", "-f", file, "bal", "--flat", "--no-total", "--balance-format", "%(account)\t%(quantity(display_total))\n"), '\t');
        Assert.Equal(ours.OrderBy(p => p.Key), ledger.OrderBy(p => p.Key));
        var hledger = await RunAsync("hledger", "-f", file, "bal", "--flat", "--no-total", "-O", "csv");
        var h = Balances(string.Join('\n', hledger.Split('\n').Skip(1).Select(l => l.Replace("\"", string.Empty, StringComparison.Ordinal).Replace(" VND", string.Empty, StringComparison.Ordinal))), ',');
        Assert.Equal(ours.OrderBy(p => p.Key), h.OrderBy(p => p.Key));

        // One unit's journal holds only that unit's accounts.
        var one = await ExportAsync(cli, "vptu.ledger", "VPTU");
        var vptu = Balances(await RunAsync("ledger", "-f", one, "bal", "--flat", "--no-total", "--balance-format", "%(account)\t%(quantity(display_total))\n"), '\t');
        Assert.Equal(ours.Where(p => p.Key.StartsWith("VPTU:", StringComparison.Ordinal)).OrderBy(p => p.Key), vptu.OrderBy(p => p.Key));
    }

    private static Dictionary<string, long> Balances(string text, char separator) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(separator))
            .Where(f => f.Length == 2 && long.Parse(f[1], CultureInfo.InvariantCulture) != 0)
            .ToDictionary(f => f[0].Trim(), f => long.Parse(f[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{tool} → {p.ExitCode}: {await error}");
        return await output;
    }

    private static async Task<string> ExportAsync(CliRunner cli, string name, string? unit = null)
    {
        var file = cli.File(name, string.Empty);
        await cli.MustSucceedAsync(["ledger", "export", "--format", "ledger", "--year", "2025", "--out", file, .. unit is null ? Array.Empty<string>() : ["--unit", unit]]);
        return file;
    }

    private static async Task<string> TrialBalanceAsync(CliRunner cli) => (await cli.JsonAsync("ledger", "trial-balance", "--year", "2025")).GetRawText();

    /// <summary>The books as stored, except the moment of posting: the journal (numbers, keys, dates, descriptions, every line) and the asset register.</summary>
    private static async Task<string> FingerprintAsync(CliRunner cli)
    {
        var journal = await File.ReadAllBytesAsync(await ExportAsync(cli, "f.ledger"));
        var register = await cli.MustSucceedAsync("asset", "list", "--year", "2025", "--json", "--by", "ketoan");
        return Convert.ToHexString(SHA256.HashData([.. journal, .. System.Text.Encoding.UTF8.GetBytes(register)]));
    }
}

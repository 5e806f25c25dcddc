using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Language;

/// <summary>One name for one thing across commands, old names still accepted; one exit code for one kind of mistake.</summary>
public sealed class OptionNamesCliTests
{
    private const string Units = "code,name,kind,parent,chapter,valid_from,valid_to,successor\nVPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,\n";

    [Fact]
    public async Task NoHelpPage_OffersAnOldNameForAThingThatHasAStandardName()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);
        var names = (await HelpPages.WalkAsync(cli)).SelectMany(p => HelpPages.Section(p.Help, "Tùy chọn:")).ToHashSet();
        Assert.Contains("--amount", names);
        Assert.Contains("--counterparty", names);
        Assert.Contains("--date", names);
        Assert.DoesNotContain("--value", names);
        Assert.DoesNotContain("--payee", names);
        Assert.DoesNotContain("--decision-date", names);
    }

    [Theory]
    [InlineData("--amount")]
    [InlineData("--value")]
    public async Task AuthorityDecide_TakesTheStandardAndTheOldName(string option)
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        Assert.Equal(0, (await cli.RunAsync("authority", "import", RepoPaths.Db("authority", "bac-ninh-332-2021.csv"), "--by", TestUsers.Admin)).Code);
        var decided = await cli.JsonAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "VPTU", option, "600.000.000", "--date", "01/03/2024");
        Assert.Equal("standing-board", decided.GetProperty("decider").GetString());
    }

    [Theory]
    [InlineData("voucher", "reverse", "VPTU/PC/2025/000001", "--reason", "x", "--date", "2025-13-01")]
    [InlineData("period", "lock", "--unit", "VPTU", "--month", "2025-13")]
    [InlineData("authority", "decide", "--action", "purchase", "--unit", "VPTU", "--amount", "1", "--date", "32/01/2025")]
    [InlineData("spend", "request", "--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6551", "--amount", "1,5", "--purpose", "x")]
    [InlineData("budget", "supplement", "--unit", "VPTU", "--fund-source", "NSNN", "--autonomy", "autonomous", "--sector", "340-351", "--budget-item", "6551", "--year", "2026", "--amount", "5", "--decision-no", "1", "--date", "2026/06/01")]
    [InlineData("ledger", "trial-balance", "--year", "năm")]
    public async Task AValueThatCannotBeRead_IsExitCode2(params string[] args)
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync(args);
        Assert.True(code == ExitCodes.Usage, $"{code}: {err}");
    }

    [Theory]
    [InlineData("ledger", "trial-balance", "--year", "2025", "--unit", "KHONGCO")]
    [InlineData("ledger", "general", "--account", "1111", "--year", "2025", "--unit", "KHONGCO")]
    [InlineData("voucher", "list", "--unit", "KHONGCO")]
    [InlineData("period", "lock", "--unit", "KHONGCO", "--month", "2025-01")]
    public async Task AUnitThatDoesNotExist_IsExitCode1(params string[] args)
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync(args);
        Assert.True(code == ExitCodes.Refused, $"{code}: {err}");
        Assert.Contains("KHONGCO", err, StringComparison.Ordinal);
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Composition;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests;

/// <summary>
/// The CLI builds only the top-level command its arguments name (start-up), and its services without the up-front graph check:
/// the table's names must be the commands' own, the choice must never mistake an option's value for a command, and the graph is
/// still checked here.
/// </summary>
public class CommandTableTests
{
    [Fact]
    public void Commands_AreNamedInTheTableAsTheyNameThemselves()
    {
        var built = CliApp.Commands.Select(c => (c.Name, Built: c.Build(_ => throw new InvalidOperationException("not invoked")).Name)).ToList();
        Assert.All(built, c => Assert.Equal(c.Name, c.Built));
        Assert.Equal(built.Count, built.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("ledger", "ledger", "trial-balance", "--year", "2025")]
    [InlineData("ledger", "--db", "x.db", "--by", "audit", "ledger", "trial-balance")]
    [InlineData("audit", "--db=x.db", "--json", "--format", "json", "--wait", "5", "audit", "verify")]
    [InlineData("close", "--by:ketoan", "close", "year", "--year", "2025")]
    public void ChosenCommand_IsTheFirstWordThatIsNotARootOption(string expected, params string[] args) =>
        Assert.Equal(expected, CliApp.ChosenCommand(args));

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("ledgr", "trial-balance")]
    [InlineData("--json", "true", "ledger")]
    [InlineData("@args.rsp")]
    [InlineData("--db", "ledger")]
    public void ChosenCommand_IsNone_WhenNoCommandWordLeads_SoEveryCommandIsBuilt(params string[] args) =>
        Assert.Null(CliApp.ChosenCommand(args));

    [Fact]
    public async Task AMistypedCommand_IsStillAUsageErrorNamingIt()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = await CliApp.RunAsync(["--db", "none.db", "ledgr", "trial-balance"], stdout, stderr, TimeProvider.System);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("ledgr", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Services_ResolveEveryRegistration_WhenCheckedOnBuild()
    {
        var settings = new ProductSettings(DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), "never-opened.db")), "ketoan", Path.Combine(RepoPaths.Root, "db"));
        using var root = PartyFinanceServices.Build(settings, TimeProvider.System, validateOnBuild: true);
        Assert.NotNull(root.CreateScope().ServiceProvider.GetRequiredService<Application.Organisation.UnitDirectory>());
    }
}

using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests;

/// <summary>
/// The one harness of the CLI tests: runs `partyfinance` in-process (the real parser, handlers and
/// output) against a fresh real database, with a chosen clock and acting user, capturing stdout, stderr
/// and the exit code. Scenario fixtures (AuthorityCli, Budgeting.Cli) build on it.
/// </summary>
public sealed class CliRunner : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pf-cli-").FullName;
    private readonly TimeProvider _clock;
    private readonly string? _actor;

    private CliRunner(TestDatabase db, TimeProvider clock, string? actor) => (Db, _clock, _actor) = (db, clock, actor);

    public TestDatabase Db { get; }

    /// <param name="actor">Passed as `--by` before the command's own arguments; null when tests name `--by` themselves.</param>
    /// <param name="shippedRuleSets">False for tests that import the rule sets themselves.</param>
    public static async Task<CliRunner> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool initialise = true, TimeProvider? clock = null,
        string? actor = "ketoan", bool shippedRuleSets = true) =>
        new(await TestDatabase.CreateAsync(provider, initialise, shippedRuleSets), clock ?? TimeProvider.System, actor);

    public string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    public async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] by = _actor is null ? [] : ["--by", _actor];
        var code = await CliApp.RunAsync(["--db", Db.DbArgument, .. by, .. args], stdout, stderr, _clock);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command that must succeed and returns its output.</summary>
    public async Task<string> MustSucceedAsync(params string[] args)
    {
        var (code, output, error) = await RunAsync(args);
        Assert.True(code == 0, $"partyfinance {string.Join(' ', args)} → {code}: {error}");
        return output;
    }

    /// <summary>Runs a command that must succeed with --json and parses its output.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args) =>
        JsonDocument.Parse(await MustSucceedAsync([.. args, "--json"])).RootElement.Clone();

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

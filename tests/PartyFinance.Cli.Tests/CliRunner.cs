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

    /// <summary>
    /// A fresh database; an initialised one has the administrator "admin" and ketoan (chief accountant for
    /// the province), both registered through `db init --admin` and `user add`. Without initialisation
    /// nobody is registered (the demo seed does it).
    /// </summary>
    /// <param name="actor">Passed as `--by` before the command's own arguments unless they name `--by` themselves; null for none.</param>
    /// <param name="shippedRuleSets">False for tests that import the rule sets themselves.</param>
    /// <param name="people">Users registered after the administrator (login, role, scope); null for ketoan alone.</param>
    public static async Task<CliRunner> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool initialise = true, TimeProvider? clock = null,
        string? actor = "ketoan", bool shippedRuleSets = true, (string Login, string Role, string Scope)[]? people = null)
    {
        var runner = new CliRunner(await TestDatabase.CreateAsync(provider, initialise, shippedRuleSets), clock ?? TimeProvider.System, actor);
        if (initialise && shippedRuleSets)
        {
            await TestUsers.RegisterAsync(runner.RunAsync, people ?? [("ketoan", "chief-accountant", "province")]);
        }
        else if (initialise)
        {
            // `db init` through the CLI would load the shipped rule sets: the first administrator is created
            // the way `db init --admin admin` creates it (CreateFirstAdmin), the others through `user add`.
            await TestAccess.RegisterAsync(runner.Db.Target, runner._clock);
            await TestUsers.AddAsync(runner.RunAsync, people ?? [("ketoan", "chief-accountant", "province")]);
        }

        return runner;
    }

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
        var code = await CliApp.RunAsync(["--db", Db.DbArgument, .. _actor is null ? args : TestUsers.ActingAs(_actor, args)], stdout, stderr, _clock);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command on another database (`--db <paramref name="db"/>`), as the same user.</summary>
    public async Task<(int Code, string Out, string Err)> RunWithDbAsync(string db, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--db", db, .. _actor is null ? args : TestUsers.ActingAs(_actor, args)], stdout, stderr, _clock);
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

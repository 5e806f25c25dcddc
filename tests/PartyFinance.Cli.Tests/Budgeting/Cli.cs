using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Budgeting;

/// <summary>The budget scenarios' fixture: <see cref="CliRunner"/> with the clock at 15/03/2026 and `--by` named by each test.</summary>
internal sealed class Cli : IAsyncDisposable
{
    private readonly CliRunner _cli;

    private Cli(CliRunner cli) => _cli = cli;

    public TestDatabase Db => _cli.Db;

    /// <summary>A fresh database with the administrator "admin" and ketoan (chief accountant for the province), who acts unless a command names another --by.</summary>
    public static async Task<Cli> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite) =>
        new(await CliRunner.StartAsync(provider, clock: new FixedClock(), actor: "ketoan",
            people: [("ketoan", "chief-accountant", "province"), ("ketoantruong", "chief-accountant", "province")]));

    public string File(string name, string content) => _cli.File(name, content);

    public Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => _cli.RunAsync(args);

    /// <summary>Runs a command that must succeed with --json and parses its output.</summary>
    public Task<JsonElement> JsonAsync(params string[] args) => _cli.JsonAsync(args);

    public ValueTask DisposeAsync() => _cli.DisposeAsync();

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 3, 15, 2, 0, 0, TimeSpan.Zero);
    }
}

using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Budgeting;

/// <summary>Runs the CLI in-process against one test database with a fixed clock (15/03/2026) and keeps its files in a temp folder.</summary>
internal sealed class Cli : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pf-cli-" + Guid.NewGuid().ToString("N"));

    private Cli(TestDatabase db)
    {
        Db = db;
        Directory.CreateDirectory(_folder);
    }

    public TestDatabase Db { get; }

    /// <summary>A fresh database with the administrator "admin" and ketoan (chief accountant for the province), who acts unless a command names another --by.</summary>
    public static async Task<Cli> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var cli = new Cli(await TestDatabase.CreateAsync(provider));
        await TestUsers.RegisterAsync(cli.RunAsync, ("ketoan", "chief-accountant", "province"), ("ketoantruong", "chief-accountant", "province"));
        return cli;
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
        var code = await CliApp.RunAsync([.. TestUsers.ActingAs("ketoan", args), "--db", Db.DbArgument], stdout, stderr, new FixedClock());
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command that must succeed with --json and parses its output.</summary>
    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (code, output, err) = await RunAsync([.. args, "--json"]);
        Assert.True(code == 0, $"{string.Join(' ', args)} → {code}: {err}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests;

/// <summary>Runs `partyfinance` in-process against a fresh real database, capturing stdout, stderr and the exit code.</summary>
public sealed class CliRunner : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pf-cli-").FullName;

    private CliRunner(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    /// <summary>
    /// A runner acting as ketoan (chief accountant for the province) unless a command names another --by;
    /// an initialised database also has the administrator "admin". Without initialisation nobody is registered (demo seed does it).
    /// </summary>
    public static async Task<CliRunner> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, bool initialise = true)
    {
        var runner = new CliRunner(await TestDatabase.CreateAsync(provider, initialise));
        if (initialise)
        {
            await TestUsers.RegisterAsync(runner.RunAsync, ("ketoan", "chief-accountant", "province"));
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
        var code = await CliApp.RunAsync(["--db", Db.DbArgument, .. TestUsers.ActingAs("ketoan", args)], stdout, stderr, new FixedClock());
        return (code, stdout.ToString(), stderr.ToString());
    }

    public async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (code, output, err) = await RunAsync([.. args, "--json"]);
        Assert.True(code == 0, err);
        return JsonDocument.Parse(output).RootElement;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}

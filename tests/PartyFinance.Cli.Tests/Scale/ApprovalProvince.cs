using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Composition;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Scale;

/// <summary>
/// A small generated province (3 units, 300 vouchers, 2025) for the approval tests, and the application's services as any
/// of its users (one composition root per login, disposed with the province).
/// </summary>
internal sealed class ApprovalProvince : IAsyncDisposable
{
    private readonly List<ServiceProvider> _roots = [];

    private ApprovalProvince(CliRunner cli, List<string> units) => (Cli, Units) = (cli, units);

    public CliRunner Cli { get; }

    public IReadOnlyList<string> Units { get; }

    public static async Task<ApprovalProvince> StartAsync(DatabaseProvider provider)
    {
        var cli = await CliRunner.StartAsync(provider, initialise: false, actor: null);
        await cli.JsonAsync("demo", "generate", "--units", "3", "--vouchers", "300", "--year", "2025");
        var units = (await cli.JsonAsync("unit", "list")).EnumerateArray().Select(u => u.GetProperty("code").GetString()!).ToList();
        return new ApprovalProvince(cli, units);
    }

    /// <summary>The services as <paramref name="login"/> acting.</summary>
    public IServiceProvider As(string login)
    {
        var root = PartyFinanceServices.Build(new ProductSettings(Cli.Db.Target, login, Path.Combine(RepoPaths.Root, "db")), TimeProvider.System);
        _roots.Add(root);
        return root.CreateScope().ServiceProvider;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var root in _roots)
        {
            await root.DisposeAsync();
        }

        await Cli.DisposeAsync();
    }
}

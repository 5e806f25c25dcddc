using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Composition;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli;

/// <summary>
/// What every command handler gets: where the books are, who acts, how to print, and the use cases
/// of the composition root (one scope per command).
/// </summary>
public sealed record CliContext(DatabaseTarget Target, string Actor, bool Json, Output Output, TimeProvider Clock, IServiceProvider Services)
{
    public static CliContext Create(DatabaseTarget target, string actor, bool json, Output output, TimeProvider clock)
    {
        var root = PartyFinanceServices.Build(new ProductSettings(target, actor, ProductSettings.ShippedDataFolder), clock, validateOnBuild: false);
        return new CliContext(target, actor, json, output, clock, root.CreateScope().ServiceProvider);
    }

    /// <summary>A use case (or seam) of the composition root.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>`--format csv`: lists and reports print RFC 4180 CSV (see <see cref="Cli.Csv"/>).</summary>
    public bool Csv { get; init; }
}

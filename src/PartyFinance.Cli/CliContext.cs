using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Common;
using PartyFinance.Composition;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli;

/// <summary>
/// What every command handler gets: where the books are, who acts, how to print, and the use cases
/// of the composition root (one scope per command, built when a handler first asks for one: a report that reads the books
/// through <see cref="Target"/> alone starts without it).
/// </summary>
public sealed record CliContext(DatabaseTarget Target, string Actor, bool Json, Output Output, TimeProvider Clock, Lazy<IServiceProvider> Scope)
{
    /// <param name="command">The command as typed (`voucher import`), recorded in the audit trail with each change.</param>
    /// <param name="reason">The `--reason` given, if the command takes one.</param>
    public static CliContext Create(DatabaseTarget target, string actor, bool json, Output output, TimeProvider clock, string command, string? reason) =>
        new(target, actor, json, output, clock, new(() =>
        {
            var root = PartyFinanceServices.Build(new ProductSettings(target, actor, ProductSettings.ShippedDataFolder), clock, validateOnBuild: false);
            var scope = root.CreateScope().ServiceProvider;
            var audit = scope.GetRequiredService<AuditContext>();
            audit.Command = command;
            audit.Reason = reason;
            return scope;
        }));

    /// <summary>The composition root's scope for this command.</summary>
    public IServiceProvider Services => Scope.Value;

    /// <summary>A use case (or seam) of the composition root.</summary>
    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>`--format csv`: lists and reports print RFC 4180 CSV (see <see cref="Cli.Csv"/>).</summary>
    public bool Csv { get; init; }
}

using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli;

/// <summary>What every command handler gets: where the books are, who acts, how to print.</summary>
public sealed record CliContext(DatabaseTarget Target, string Actor, bool Json, Output Output, TimeProvider Clock)
{
    /// <summary>`--format csv`: lists and reports print RFC 4180 CSV (see <see cref="Cli.Csv"/>).</summary>
    public bool Csv { get; init; }
}

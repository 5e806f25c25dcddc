using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli;

/// <summary>What every command handler gets: where the books are, who acts, how to print.</summary>
public sealed record CliContext(DatabaseTarget Target, string Actor, bool Json, Output Output, TimeProvider Clock);

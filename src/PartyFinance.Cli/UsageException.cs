namespace PartyFinance.Cli;

/// <summary>An option value the parser accepted but that does not mean anything (a month like 2025-13). Exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

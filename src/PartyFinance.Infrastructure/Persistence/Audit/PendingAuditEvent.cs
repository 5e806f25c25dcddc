namespace PartyFinance.Infrastructure.Persistence.Audit;

/// <summary>
/// A change waiting to be written to the trail at the next save of its context (same transaction).
/// <paramref name="ChainYear"/> null: the year (Vietnam time) of the moment it is recorded.
/// </summary>
internal sealed record PendingAuditEvent(string Kind, string Table, string Key, string? Before, string? After, string ChainUnit, int? ChainYear, string? Reason = null);

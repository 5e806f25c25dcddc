namespace PartyFinance.Domain.Authority;

/// <summary>
/// The record of `authority end`: rule set <see cref="RuleSet"/> is in force up to and including
/// <see cref="LastDay"/> (it was open-ended, or ended at <see cref="PreviousEffectiveTo"/>), ended by
/// <see cref="By"/> at <see cref="At"/> for <see cref="Reason"/>. Append-only: an end is never undone,
/// and a later re-import of the same set keeps it.
/// </summary>
public sealed record RuleSetEnd(string RuleSet, DateOnly LastDay, DateOnly? PreviousEffectiveTo, string Reason, string By, DateTimeOffset At);

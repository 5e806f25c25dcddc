namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>Row of authority_rule_set_ends: one `authority end`, append-only (database triggers refuse UPDATE and DELETE).</summary>
public sealed class RuleSetEndRecord
{
    public long Id { get; set; }

    public string RuleSet { get; set; } = string.Empty;

    public DateOnly LastDay { get; set; }

    public DateOnly? PreviousEffectiveTo { get; set; }

    public string Reason { get; set; } = string.Empty;

    public string EndedBy { get; set; } = string.Empty;

    public DateTimeOffset EndedAt { get; set; }
}

namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>Row of authority_rule_sets: one delegation decision, in force from/to (both inclusive, null = open-ended).</summary>
public sealed class RuleSetRecord
{
    public string Name { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    public string DecisionNo { get; set; } = string.Empty;

    public DateOnly DecisionDate { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    /// <summary>V / S / U: whether the set was checked against the signed decision.</summary>
    public string Verified { get; set; } = "U";
}

namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>
/// Row of authority_rules: one band of a rule set, keyed by its source row. Classifications are
/// stored as the slugs of the CSV; UnitKind null = any; MaxValue null = unbounded (whole đồng).
/// </summary>
public sealed class RuleRecord
{
    public string RuleSet { get; set; } = string.Empty;

    public int Row { get; set; }

    public string Action { get; set; } = string.Empty;

    public string AssetClass { get; set; } = string.Empty;

    public string? UnitKind { get; set; }

    public string Funding { get; set; } = string.Empty;

    public string Basis { get; set; } = string.Empty;

    public string SpendingKind { get; set; } = string.Empty;

    public long MinValue { get; set; }

    public long? MaxValue { get; set; }

    public string Decider { get; set; } = string.Empty;

    public string? RequiresOpinion { get; set; }

    public string Citation { get; set; } = string.Empty;
}

namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>
/// Row of authority_rules: one band of a rule set, keyed by its source row. Classifications are
/// stored as the slugs of the CSV; UnitKind null = any; MaxValue null = unbounded (whole đồng).
/// </summary>
public sealed class RuleRecord
{
    public string RuleSet { get; set; } = string.Empty;

    public int Row { get; set; }

    public Domain.Authority.AuthorityAction Action { get; set; }

    public Domain.Authority.AssetClass AssetClass { get; set; }

    public Domain.Organisation.UnitKind? UnitKind { get; set; }

    public Domain.Authority.Funding Funding { get; set; }

    public Domain.Authority.ValueBasis Basis { get; set; }

    public Domain.Authority.SpendingKind SpendingKind { get; set; }

    public long MinValue { get; set; }

    public long? MaxValue { get; set; }

    public Domain.Authority.Decider Decider { get; set; }

    public string? RequiresOpinion { get; set; }

    public string Citation { get; set; } = string.Empty;
}

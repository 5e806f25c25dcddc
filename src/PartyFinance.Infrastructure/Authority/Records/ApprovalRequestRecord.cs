namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>
/// Row of approval_requests: the document, the question asked of the engine and its answer,
/// copied at submission so that replacing a rule set never rewrites a past decision. Insert-only.
/// </summary>
public sealed class ApprovalRequestRecord
{
    public Guid Id { get; set; }

    public Domain.Authority.DocumentKind DocumentKind { get; set; }

    public string DocumentReference { get; set; } = string.Empty;

    public string ProposingUnit { get; set; } = string.Empty;

    public string Maker { get; set; } = string.Empty;

    public Domain.Authority.AuthorityAction Action { get; set; }

    public Domain.Authority.AssetClass AssetClass { get; set; }

    public Domain.Organisation.UnitKind? UnitKind { get; set; }

    public Domain.Authority.Funding Funding { get; set; }

    public Domain.Authority.ValueBasis Basis { get; set; }

    public Domain.Authority.SpendingKind SpendingKind { get; set; }

    public long Value { get; set; }

    public DateOnly QuestionDate { get; set; }

    public Domain.Authority.Decider Decider { get; set; }

    public string RuleSet { get; set; } = string.Empty;

    public string DecisionNo { get; set; } = string.Empty;

    public string Citation { get; set; } = string.Empty;

    public string? RequiresOpinion { get; set; }

    public int RuleRow { get; set; }
}

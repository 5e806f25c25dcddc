namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>
/// Row of approval_requests: the document, the question asked of the engine and its answer,
/// copied at submission so that replacing a rule set never rewrites a past decision. Insert-only.
/// </summary>
public sealed class ApprovalRequestRecord
{
    public Guid Id { get; set; }

    public string DocumentKind { get; set; } = string.Empty;

    public string DocumentReference { get; set; } = string.Empty;

    public string ProposingUnit { get; set; } = string.Empty;

    public string Maker { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public string AssetClass { get; set; } = string.Empty;

    public string? UnitKind { get; set; }

    public string Funding { get; set; } = string.Empty;

    public string Basis { get; set; } = string.Empty;

    public string SpendingKind { get; set; } = string.Empty;

    public long Value { get; set; }

    public DateOnly QuestionDate { get; set; }

    public string Decider { get; set; } = string.Empty;

    public string RuleSet { get; set; } = string.Empty;

    public string DecisionNo { get; set; } = string.Empty;

    public string Citation { get; set; } = string.Empty;

    public string? RequiresOpinion { get; set; }

    public int RuleRow { get; set; }
}

namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>Row of approval_events: one entry of a request's history. Append-only (database triggers refuse UPDATE and DELETE).</summary>
public sealed class ApprovalEventRecord
{
    public Guid RequestId { get; set; }

    public int Sequence { get; set; }

    public Domain.Authority.ApprovalEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = string.Empty;

    public int? Step { get; set; }

    public Domain.Authority.Decider? Decider { get; set; }

    public string? DecisionNo { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public string RuleApplied { get; set; } = string.Empty;

    public string? Reason { get; set; }
}

namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of spending_events: one append-only history line of a request.</summary>
public sealed class SpendingEventRecord
{
    public long RequestId { get; set; }

    public int Seq { get; set; }

    public string Action { get; set; } = string.Empty;

    public string FromStatus { get; set; } = string.Empty;

    public string ToStatus { get; set; } = string.Empty;

    public string ActedBy { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    public string? DecisionNo { get; set; }

    public string? VoucherNo { get; set; }
}

namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of spending_events: one append-only history line of a request.</summary>
public sealed class SpendingEventRecord
{
    public long RequestId { get; set; }

    public int Seq { get; set; }

    public string Action { get; set; } = string.Empty;

    public Domain.Budgeting.SpendingStatus FromStatus { get; set; }

    public Domain.Budgeting.SpendingStatus ToStatus { get; set; }

    public string ActedBy { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string? Reason { get; set; }

    public string? DecisionNo { get; set; }

    public string? VoucherNo { get; set; }
}

namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of budget_commitments: the debit a request holds on a line; pending, then posted or voided.</summary>
public sealed class CommitmentRecord
{
    public long LineId { get; set; }

    public long RequestId { get; set; }

    public long Amount { get; set; }

    public Domain.Budgeting.CommitmentStatus Status { get; set; }

    public string? OverrideBy { get; set; }

    public string? OverrideReason { get; set; }

    public long PostedAmount { get; set; }
}

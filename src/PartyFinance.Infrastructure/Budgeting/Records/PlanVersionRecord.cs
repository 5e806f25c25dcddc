namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of plan_versions: the amount of a plan from a month on; append-only.</summary>
public sealed class PlanVersionRecord
{
    public long PlanId { get; set; }

    public int Seq { get; set; }

    public string FromMonth { get; set; } = string.Empty;

    public long Amount { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }
}

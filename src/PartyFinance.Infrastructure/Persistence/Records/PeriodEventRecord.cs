namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of period_events: each lock or unlock, with who, when and why.</summary>
public sealed class PeriodEventRecord
{
    public long Id { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public Domain.Ledger.PeriodAction Action { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }

    public string? Reason { get; set; }
}

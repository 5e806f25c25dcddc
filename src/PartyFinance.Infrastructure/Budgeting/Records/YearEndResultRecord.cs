namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of year_end_results: what a line's year-end close carried forward and cancelled, and why.</summary>
public sealed class YearEndResultRecord
{
    public long LineId { get; set; }

    public long Carried { get; set; }

    public long Cancelled { get; set; }

    public string? CarryCitation { get; set; }

    public string? CancelReason { get; set; }

    public string CarriedRequests { get; set; } = string.Empty;

    public string CancelledRequests { get; set; } = string.Empty;

    public string ClosedBy { get; set; } = string.Empty;

    public DateTimeOffset ClosedAt { get; set; }
}

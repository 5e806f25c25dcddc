namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of periods: whether a unit's month is locked (derived from period_events, kept for fast checks).</summary>
public sealed class PeriodRecord
{
    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Month { get; set; }

    public bool IsLocked { get; set; }
}

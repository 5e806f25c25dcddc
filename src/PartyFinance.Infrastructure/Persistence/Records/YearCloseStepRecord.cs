using PartyFinance.Domain.Ledger;

namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of year_close_steps: where one step of `close year` stands for a unit and year, what it did, who ran it and when.</summary>
public sealed class YearCloseStepRecord
{
    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public CloseStep Step { get; set; }

    public CloseStepState State { get; set; }

    public string Detail { get; set; } = string.Empty;

    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }
}

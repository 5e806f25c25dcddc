namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of budget_control_modes: stop or warn for a fund source and year; fixed once allocated.</summary>
public sealed class ControlModeRecord
{
    public string FundSource { get; set; } = string.Empty;

    public int Year { get; set; }

    public Domain.Budgeting.ControlMode Mode { get; set; }

    public bool IsFixed { get; set; }
}

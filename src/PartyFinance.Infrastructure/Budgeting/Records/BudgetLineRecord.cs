namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>
/// Row of budget_lines: one estimate line, its control mode and the counters the budget itself owns
/// (the original allocation, pending commitments). Everything else a line shows comes from the books (estimate_balances).
/// </summary>
public sealed class BudgetLineRecord
{
    public long Id { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public string FundSource { get; set; } = string.Empty;

    public Domain.Budgeting.Autonomy Autonomy { get; set; }

    public string Sector { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public bool CarriedOver { get; set; }

    public Domain.Budgeting.ControlMode ControlMode { get; set; }

    public long Allocated { get; set; }

    public long Committed { get; set; }
}

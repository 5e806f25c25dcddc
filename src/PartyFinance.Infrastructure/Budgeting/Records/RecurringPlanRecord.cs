namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of recurring_plans: a plan and its one approval (null until approved).</summary>
public sealed class RecurringPlanRecord
{
    public long Id { get; set; }

    public string UnitCode { get; set; } = string.Empty;

    public int Year { get; set; }

    public string FundSource { get; set; } = string.Empty;

    public Domain.Budgeting.Autonomy Autonomy { get; set; }

    public string Sector { get; set; } = string.Empty;

    public string BudgetItem { get; set; } = string.Empty;

    public string Payee { get; set; } = string.Empty;

    public string Purpose { get; set; } = string.Empty;

    public Domain.Budgeting.Schedule Schedule { get; set; }

    public string StartMonth { get; set; } = string.Empty;

    public string? EndMonth { get; set; }

    public Domain.Budgeting.PlanStatus Status { get; set; }

    public string? ApprovalDecider { get; set; }

    public string? ApprovalBy { get; set; }

    public DateTimeOffset? ApprovalAt { get; set; }

    public string? ApprovalDecisionNo { get; set; }

    public long? ApprovalYearlyTotal { get; set; }

    public int? ApprovalYear { get; set; }

    /// <summary>The approval request carrying the plan's signatures (schema 8); null for a plan approved with one signature before.</summary>
    public Guid? ApprovalId { get; set; }
}

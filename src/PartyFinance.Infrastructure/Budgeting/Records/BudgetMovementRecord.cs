namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of budget_movements: one credit-side change of a line (allocation, supplement, transfer …), append-only.</summary>
public sealed class BudgetMovementRecord
{
    public long LineId { get; set; }

    public int Seq { get; set; }

    public Domain.Budgeting.MovementKind Kind { get; set; }

    public long Amount { get; set; }

    public string DecisionNo { get; set; } = string.Empty;

    public DateOnly DecisionDate { get; set; }

    public string? Note { get; set; }
}

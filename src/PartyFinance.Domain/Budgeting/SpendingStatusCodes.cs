namespace PartyFinance.Domain.Budgeting;

/// <summary>The file/CLI spelling of <see cref="SpendingStatus"/> ("awaiting-budget" …).</summary>
public static class SpendingStatusCodes
{
    public static string Code(this SpendingStatus s) => s switch
    {
        SpendingStatus.Draft => "draft",
        SpendingStatus.Submitted => "submitted",
        SpendingStatus.AwaitingBudget => "awaiting-budget",
        SpendingStatus.Approved => "approved",
        SpendingStatus.Paid => "paid",
        SpendingStatus.Settled => "settled",
        SpendingStatus.Rejected => "rejected",
        SpendingStatus.Cancelled => "cancelled",
    };
}

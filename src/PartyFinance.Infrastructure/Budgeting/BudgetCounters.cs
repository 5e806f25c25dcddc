namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>Rows of budget_counters. Incremented atomically (UPDATE … RETURNING), so ids never repeat under concurrent callers.</summary>
public static class BudgetCounters
{
    public const string Line = "budget-line";
    public const string Request = "spending-request";
    public const string Plan = "recurring-plan";

    public static readonly string[] All = [Line, Request, Plan];
}

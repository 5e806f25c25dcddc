namespace PartyFinance.Infrastructure.Budgeting.Records;

/// <summary>Row of budget_counters: identifiers of budget lines, requests and plans (kept apart from the ledger's counters, which a posting session rewrites).</summary>
public sealed class BudgetCounterRecord
{
    public string Name { get; set; } = string.Empty;

    public long Value { get; set; }
}

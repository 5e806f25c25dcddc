namespace PartyFinance.Infrastructure.Persistence.Records;

/// <summary>Row of budget_codes: one dated budget classification code.</summary>
public sealed class BudgetCodeRecord
{
    public string Kind { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public DateOnly ValidFrom { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? ParentCode { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string Source { get; set; } = string.Empty;

    public string Verified { get; set; } = string.Empty;
}

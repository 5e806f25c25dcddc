namespace PartyFinance.Domain.Budgeting;

/// <summary>Who let a commitment exceed the available estimate on a Warn line, and why. Kept with the commitment.</summary>
public sealed record BudgetOverride(string By, string Reason)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(By) && !string.IsNullOrWhiteSpace(Reason);
}

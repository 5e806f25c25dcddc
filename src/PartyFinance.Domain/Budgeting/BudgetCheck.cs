namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The advisory answer given when a request is saved: whether the line has room now. It refuses
/// nothing; the enforced checks run again, under the line lock, at approval and at payment.
/// </summary>
public sealed record BudgetCheck(long Amount, long Available, ControlMode Mode, string? Warning)
{
    public bool HasRoom => Amount <= Available;
}

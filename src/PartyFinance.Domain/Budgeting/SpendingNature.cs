namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Payment pays the final payee; Advance (tạm ứng) hands money to a staff member who settles it
/// later with the actual amount, the rest returned.
/// </summary>
public enum SpendingNature
{
    Payment,
    Advance,
}

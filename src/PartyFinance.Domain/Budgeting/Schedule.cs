namespace PartyFinance.Domain.Budgeting;

/// <summary>How often a recurring plan falls due, counted from its start month.</summary>
public enum Schedule
{
    Monthly,
    Quarterly,
    Yearly,
}

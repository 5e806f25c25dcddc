namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// What the authority rules are asked about: a recurring plan (tested on its yearly total) or a
/// one-off request (tested on its amount).
/// </summary>
public enum SpendingKind
{
    Recurring,
    OneOff,
}

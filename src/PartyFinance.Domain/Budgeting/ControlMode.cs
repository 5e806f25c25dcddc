namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// What happens when a commitment exceeds what is available: Stop refuses (the default, like a
/// TigerBeetle account with debits_must_not_exceed_credits); Warn lets it through with a recorded override.
/// </summary>
public enum ControlMode
{
    Stop,
    Warn,
}

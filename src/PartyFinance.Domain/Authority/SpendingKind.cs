namespace PartyFinance.Domain.Authority;

/// <summary>Recurring (autonomous) or one-off spending; refines spend rules. Any in a rule matches both.</summary>
public enum SpendingKind
{
    Recurring,
    OneOff,
    Any,
}

namespace PartyFinance.Domain.Authority;

/// <summary>Roles a user can be granted for a scope and a period.</summary>
public enum Role
{
    Accountant,
    ChiefAccountant,
    UnitHead,
    OfficeChief,
    StandingBoard,
    StandingCommittee,
    Auditor,
    Admin,
}

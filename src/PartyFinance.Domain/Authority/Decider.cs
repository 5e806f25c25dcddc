namespace PartyFinance.Domain.Authority;

/// <summary>
/// The body or office that decides (never a named person). Declared in rank order, lowest first:
/// unit-head &lt; office-chief &lt; standing-board &lt; standing-committee.
/// </summary>
public enum Decider
{
    UnitHead = 1,
    OfficeChief = 2,
    StandingBoard = 3,
    StandingCommittee = 4,
}

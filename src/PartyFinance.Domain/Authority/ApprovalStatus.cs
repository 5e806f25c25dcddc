namespace PartyFinance.Domain.Authority;

/// <summary>Pending until the required decider approves (Released), someone rejects (Rejected) or the document is withdrawn (Withdrawn). Every end is final.</summary>
public enum ApprovalStatus
{
    Pending,
    Released,
    Rejected,
    Withdrawn,
}

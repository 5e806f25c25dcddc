namespace PartyFinance.Domain.Authority;

/// <summary>Pending until the required decider approves (Released) or someone rejects (Rejected). Both ends are final.</summary>
public enum ApprovalStatus
{
    Pending,
    Released,
    Rejected,
}

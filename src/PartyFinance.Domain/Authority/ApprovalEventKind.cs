namespace PartyFinance.Domain.Authority;

/// <summary>What happened to an approval request. Released follows only the final step's approval.</summary>
public enum ApprovalEventKind
{
    Submitted,
    Approved,
    Rejected,
    Released,
}

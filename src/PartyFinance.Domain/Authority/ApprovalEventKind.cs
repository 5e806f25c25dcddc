namespace PartyFinance.Domain.Authority;

/// <summary>What happened to an approval request. Released follows only the final step's approval.</summary>
public enum ApprovalEventKind
{
    Submitted,
    Approved,
    Rejected,
    Released,

    /// <summary>The document was withdrawn by its owner before a decision (a cancelled spending request).</summary>
    Withdrawn,
}

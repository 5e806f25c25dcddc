namespace PartyFinance.Domain.Budgeting;

/// <summary>A commitment is pending until it is posted (spent) or voided (released); never edited.</summary>
public enum CommitmentStatus
{
    Pending,
    Posted,
    Voided,
}

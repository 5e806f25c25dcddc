namespace PartyFinance.Domain.Posting;

/// <summary>Which analysis dimensions a rule line carries: the budget line's (fund source, item, sector), the payee, or none.</summary>
public enum PostingDimensions
{
    None,
    Budget,
    Payee,
}

namespace PartyFinance.Domain.Posting;

/// <summary>Which analysis dimensions a rule line carries: the budget line's (fund source, item, sector), the payee, the fund source alone (911 and 421 at year end), or none.</summary>
public enum PostingDimensions
{
    None,
    Budget,
    Payee,
    Fund,
}

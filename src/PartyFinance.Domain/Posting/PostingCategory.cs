namespace PartyFinance.Domain.Posting;

/// <summary>
/// What an event does to the estimate: <see cref="Estimate"/> and <see cref="YearEnd"/> events move
/// the estimate itself (allocations, changes, year-end roll, carry-forward, cancellation);
/// <see cref="Spending"/> events use it. The budget reads "allocated + adjustments" from the first
/// and "spent" from the second. <see cref="Asset"/> events (opening, wear, transfer, disposal of a
/// fixed asset) post no estimate line; neither do <see cref="Closing"/> events (the year-end
/// closing entries of `close year`: revenue and expense into 911, 911 into 421).
/// </summary>
public enum PostingCategory
{
    Estimate,
    Spending,
    YearEnd,
    Asset,
    Closing,
}

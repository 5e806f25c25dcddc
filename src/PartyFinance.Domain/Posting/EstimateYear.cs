namespace PartyFinance.Domain.Posting;

/// <summary>
/// Which year's estimate accounts a line uses: năm nay (0082x, 0042x, 0122x) while the budget
/// year runs, năm trước (0081x, 0041x, 0121x) for a carried-over line or a posting dated after the
/// budget year (the settlement-adjustment period).
/// </summary>
public enum EstimateYear
{
    Current,
    Prior,
}

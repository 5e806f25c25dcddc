namespace PartyFinance.Domain.Posting;

/// <summary>
/// What the books say about one budget line: the estimate booked (allocations and every change,
/// year-end roll, carry-forward and cancellation), the estimate used as actual spending (thực chi)
/// and as advances not yet settled with the Treasury (tạm ứng). Their difference is the line's 008 balance.
/// </summary>
public sealed record LedgerFigures(long Estimate, long Actual, long Advance)
{
    public static readonly LedgerFigures None = new(0, 0, 0);

    public long Balance => checked(Estimate - Actual - Advance);

    public LedgerFigures Add(LedgerFigures o) => new(checked(Estimate + o.Estimate), checked(Actual + o.Actual), checked(Advance + o.Advance));
}

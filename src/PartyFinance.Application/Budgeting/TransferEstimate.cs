using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Moves estimate from one unit's line to another unit's line of the same classification, until the
/// calendar's transfer deadline (db/budget/calendar.csv). Both lines are locked; the target is opened if absent.
/// </summary>
public sealed class TransferEstimate(IBudgetStore store, BudgetReference reference, IVoucherPoster? ledger = null, string by = "system")
{
    public Task<Result<long>> RunAsync(BudgetLineKey fromKey, string toUnit, long amount, string decisionNo, DateOnly decisionDate, CancellationToken ct)
    {
        var toKey = fromKey with { Unit = toUnit };
        return store.InLockedLinesAsync([fromKey, toKey], async locked =>
        {
            var source = locked.Find(fromKey);
            if (source is null)
            {
                return BudgetErrors.Error(BudgetErrors.LineNotFound, $"Không có dòng dự toán {fromKey}.");
            }

            var target = locked.Find(toKey) ?? locked.Add(BudgetLine.Open(toKey, source.ControlMode));
            var moved = EstimateTransfer.Apply(source, target, amount, decisionNo, decisionDate, reference.Calendar);
            if (moved.IsFailure)
            {
                return Result.Failure<long>(moved.Errors);
            }

            var posted = await EstimateLedger.PostAsync(ledger, reference.Posting, [(fromKey, -amount, decisionNo, decisionDate), (toKey, amount, decisionNo, decisionDate)],
                "Điều chuyển dự toán", by, ct);
            return posted.IsFailure ? Result.Failure<long>(posted.Errors) : Result.Success(source.Available);
        }, ct);
    }
}

using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// A supplement (bổ sung, positive) or adjustment (điều chỉnh, either sign) of an allocated line,
/// dated and with its decision number, under the line lock. The original allocation stays visible;
/// a decrease may not take more than is available.
/// </summary>
public sealed class RecordEstimateChange(IBudgetStore store, BudgetReference reference, IVoucherPoster? ledger = null, string by = "system")
{
    public Task<Result<long>> RunAsync(BudgetLineKey key, MovementKind kind, long amount, string decisionNo, DateOnly decisionDate, CancellationToken ct)
    {
        if (kind is not (MovementKind.Supplement or MovementKind.Adjustment))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only supplements and adjustments are entered directly.");
        }

        return store.InLockedLinesAsync([key], async locked =>
        {
            var line = locked.Find(key);
            if (line is null)
            {
                return BudgetErrors.Error(BudgetErrors.LineNotFound, $"Dòng dự toán {key} chưa được giao.");
            }

            var recorded = line.Record(new BudgetMovement(kind, amount, decisionNo, decisionDate));
            if (recorded.IsFailure)
            {
                return Result.Failure<long>(recorded.Errors);
            }

            var posted = await EstimateLedger.PostAsync(ledger, reference.Posting, [(key, amount, decisionNo, decisionDate)],
                kind == MovementKind.Supplement ? "Bổ sung dự toán" : "Điều chỉnh dự toán", by, ct);
            return posted.IsFailure ? Result.Failure<long>(posted.Errors) : Result.Success(line.Available);
        }, ct);
    }
}

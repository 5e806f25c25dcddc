using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Settles a paid advance with the actual amount spent (≤ advance): posts the PKT voucher (expense and
/// revenue for the actual, the rest returned to cash; the 008 tạm ứng → thực chi move is the Treasury settlement, a separate event) and posts the actual on the line, releasing the rest.
/// Allowed through the settlement-adjustment period for work done by 31/12.
/// </summary>
public sealed class SettleAdvance(IBudgetStore store, IVoucherPoster poster, BudgetReference reference, TimeProvider time)
{
    public Task<Result<SpendingRequest>> RunAsync(long id, long actual, string by, DateOnly date, CancellationToken ct) =>
        RequestWork.InLockAsync(store, id, async (request, line) =>
        {
            var can = request.CanSettle(actual);
            if (can.IsFailure)
            {
                return can;
            }

            var period = BudgetPeriod.CheckSpendingDate(reference.Calendar, line.Key, date);
            var draft = period.IsFailure ? Result.Failure<Domain.Ledger.VoucherDraft>(period.Errors)
                : PaymentPosting.ForAdvanceSettlement(request, actual, date, reference.Posting);
            if (draft.IsFailure)
            {
                return draft;
            }

            var voucher = await poster.PostAsync(draft.Value, by, ct);
            return voucher.IsFailure ? voucher : request.SettleAdvance(line, actual, by, time.GetUtcNow(), voucher.Value);
        }, ct);
}

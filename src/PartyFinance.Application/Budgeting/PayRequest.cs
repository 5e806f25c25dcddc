using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend pay &lt;id&gt;`: under the line lock, the enforced check (commitment still pending, line not
/// overdrawn, date within the line's year or its settlement-adjustment period), then the voucher
/// (<see cref="PaymentPosting"/>) is posted in the same transaction and the commitment spent.
/// An advance is paid by cash (PC, no estimate line: the estimate was used when the cash was
/// withdrawn) and stays committed until <see cref="SettleAdvance"/>. Cash, deposit and advance
/// payments must be covered by cash withdrawn on the line's dimensions (<see cref="CashCover"/>).
/// A request that buys a fixed asset posts the asset events (Nợ 211x/213x / Có 36611) instead of the
/// expense ones and opens the asset's card in the same unit of work (<see cref="AssetPurchasing"/>).
/// </summary>
public sealed class PayRequest(IBudgetStore store, IVoucherPoster poster, BudgetReference reference, AccessGuard access, TimeProvider time,
    AssetPurchasing? assets = null)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, DateOnly date, PaymentMethod method, bool fundedByPaymentOrder,
        CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Permission.SpendPay, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        return await RequestWork.InLockAsync(store, id, async (request, line) =>
        {
            var can = request.CanPay(line);
            if (can.IsFailure)
            {
                return can;
            }

            var period = BudgetPeriod.CheckSpendingDate(reference.Calendar, line.Key, date);
            if (period.IsFailure)
            {
                return period;
            }

            if (CashCover.Applies(request, method, fundedByPaymentOrder))
            {
                var cover = CashCover.Check(request, await store.BooksAsync(line.Key, ct), await store.RequestsOfLineAsync(line.Key, ct), reference.Posting);
                if (cover.IsFailure)
                {
                    return cover;
                }
            }

            var buys = request.Asset is not null ? assets ?? throw new InvalidOperationException("A request that buys an asset is paid with the asset register wired.") : null;
            var draft = request.Nature == SpendingNature.Advance
                ? PaymentPosting.ForAdvance(request, date, reference.Posting)
                : buys is not null
                    ? await buys.PaymentAsync(request, method, fundedByPaymentOrder, date, reference.Posting, ct)
                    : PaymentPosting.ForPayment(request, method, fundedByPaymentOrder, date, reference.Posting);
            if (draft.IsFailure)
            {
                return draft;
            }

            var voucher = await poster.PostAsync(draft.Value, by, ct);
            var at = time.GetUtcNow();
            var paid = voucher.IsFailure ? voucher : request.MarkPaid(line, by, at, voucher.Value);
            return paid.IsFailure || buys is null ? paid : await buys.OpenCardAsync(request, date, voucher.Value, by, at, ct);
        }, ct);
    }
}

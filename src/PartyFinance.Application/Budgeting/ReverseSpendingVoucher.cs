using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `voucher reverse` for every voucher: one that a spending request posted (payment, advance,
/// settlement) is reversed under its budget line's lock together with the request, which steps back
/// and shows that its voucher was reversed, so the books and the budget never disagree; any other
/// voucher is reversed by the ledger alone.
/// </summary>
public sealed class ReverseSpendingVoucher(IBudgetStore store, IVoucherPoster poster, ReverseVoucher ledger, AccessGuard access, TimeProvider time,
    AssetPurchasing? assets = null)
{
    public const string NotLatest = "spending.reverse-not-latest";

    public async Task<Result<string>> RunAsync(string number, DateOnly date, string reason, string by, CancellationToken ct)
    {
        number = number.Trim();
        if (await store.FindRequestByVoucherAsync(number, ct) is not { } id)
        {
            var reversed = await ledger.RunAsync(number, date, reason, by, ct);
            return reversed.IsFailure ? Result.Failure<string>(reversed.Errors) : Result.Success(reversed.Value.Number.ToString());
        }

        var allowed = await access.ForRequestAsync(store, id, by, Permission.VoucherReverse, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<string>(allowed.Errors);
        }

        string? reversalNo = null;
        var done = await RequestWork.InLockAsync(store, id, async (request, line) =>
        {
            var latest = Standing(request).LastOrDefault();
            if (latest != number)
            {
                return Result.Failure(SpendingErrors.Error(NotLatest,
                    $"Chứng từ {number} của đề nghị chi {request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)} không phải chứng từ mới nhất; đảo chứng từ {latest} trước.", "number"));
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return Result.Failure(LedgerErrors.Error(LedgerErrors.ReasonRequired, "Phải ghi rõ lý do đảo chứng từ.", "reason"));
            }

            var posted = await poster.ReverseAsync(number, date, reason, by, ct);
            if (posted.IsFailure)
            {
                return posted;
            }

            // The payment opened an asset card (or received a tool): in the same transaction the card leaves the register, or the
            // receipt is taken back — refused, and the reversal with it, when anything else touched them since.
            var at = time.GetUtcNow();
            if (request.Asset is not null && request.Nature == SpendingNature.Payment)
            {
                var buys = assets ?? throw new InvalidOperationException("A request that bought an asset is reversed with the asset register wired.");
                var undone = await buys.ReversePurchaseAsync(request, number, posted.Value, date, reason.Trim(), by, at, ct);
                if (undone.IsFailure)
                {
                    return undone;
                }
            }

            reversalNo = posted.Value;
            return request.PaymentReversed(line, number, posted.Value, by, at, reason.Trim());
        }, ct);
        return done.IsFailure ? Result.Failure<string>(done.Errors) : Result.Success(reversalNo!);
    }

    /// <summary>The request's vouchers still standing, oldest first: each payment-reversed event takes back the latest one.</summary>
    private static List<string> Standing(SpendingRequest request)
    {
        var standing = new List<string>();
        foreach (var e in request.History.Where(e => e.VoucherNo is not null))
        {
            if (e.Action == "payment-reversed")
            {
                if (standing.Count > 0)
                {
                    standing.RemoveAt(standing.Count - 1);
                }
            }
            else
            {
                standing.Add(e.VoucherNo!);
            }
        }

        return standing;
    }
}

using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Builds the vouchers of a spending request from the posting rules (db/posting): which event a
/// payment is, its amounts and its key. Accounts, sides and dimensions are the rule book's. Keys
/// are stable ("SPEND-{id}-PAY", "-ADV", "-SETTLE"; a voucher made again after the earlier one was
/// reversed gets "-PAY-2", "-SETTLE-2" …) so a retry is idempotent.
/// </summary>
public static class PaymentPosting
{
    public const string PayWithdrawal = "pay-withdrawal";
    public const string PayCash = "pay-cash";
    public const string PayBank = "pay-bank";
    public const string PayBankOrder = "pay-bank-order";
    public const string Advance = "advance";
    public const string AdvanceSettle = "advance-settle";
    public const string AssetPurchaseWithdrawal = "asset-purchase-withdrawal";
    public const string AssetPurchaseCash = "asset-purchase-cash";
    public const string AssetPurchaseBank = "asset-purchase-bank";
    public const string AssetPurchaseBankOrder = "asset-purchase-bank-order";
    public const string ToolPurchaseWithdrawal = "tool-purchase-withdrawal";
    public const string ToolPurchaseCash = "tool-purchase-cash";
    public const string ToolPurchaseBank = "tool-purchase-bank";
    public const string ToolPurchaseBankOrder = "tool-purchase-bank-order";

    public static string EventOf(PaymentMethod method, bool fundedByPaymentOrder) => method switch
    {
        PaymentMethod.BudgetWithdrawal => PayWithdrawal,
        PaymentMethod.Cash => PayCash,
        PaymentMethod.Bank => fundedByPaymentOrder ? PayBankOrder : PayBank,
    };

    /// <summary>The event of a payment that buys a fixed asset: the asset and its funding (211x/213x, 36611) instead of expense and revenue (611, 511).</summary>
    public static string AssetEventOf(PaymentMethod method, bool fundedByPaymentOrder) => method switch
    {
        PaymentMethod.BudgetWithdrawal => AssetPurchaseWithdrawal,
        PaymentMethod.Cash => AssetPurchaseCash,
        PaymentMethod.Bank => fundedByPaymentOrder ? AssetPurchaseBankOrder : AssetPurchaseBank,
    };

    /// <summary>
    /// The payment of a request that buys a fixed asset (<see cref="SpendingRequest.Asset"/>), with the
    /// accounts of the asset's group (<paramref name="groupAccounts"/>: role asset → 211x/213x). Same key as any payment.
    /// </summary>
    public static Result<VoucherDraft> ForAssetPurchase(SpendingRequest r, PaymentMethod method, bool fundedByPaymentOrder, DateOnly date, PostingRuleBook book,
        IReadOnlyDictionary<string, string> groupAccounts)
    {
        var context = PostingContext.For(r.Key, date, PostingContext.Amount(r.Amount), r.Payee) with { GroupAccounts = groupAccounts };
        var built = book.Build(AssetEventOf(method, fundedByPaymentOrder), context);
        return built.IsFailure
            ? Result.Failure<VoucherDraft>(built.Errors)
            : Result.Success(new VoucherDraft(Key(r, "PAY", "pay"), date, r.Key.Unit, built.Value.VoucherType,
                $"Mua tài sản {r.Asset?.Code}: {r.Purpose} (đề nghị {Id(r)})", built.Value.Lines));
    }

    /// <summary>The event of a payment that buys a tool below the threshold: Nợ 153 / Có 36612 instead of expense and revenue (611, 511).</summary>
    public static string ToolEventOf(PaymentMethod method, bool fundedByPaymentOrder) => method switch
    {
        PaymentMethod.BudgetWithdrawal => ToolPurchaseWithdrawal,
        PaymentMethod.Cash => ToolPurchaseCash,
        PaymentMethod.Bank => fundedByPaymentOrder ? ToolPurchaseBankOrder : ToolPurchaseBank,
    };

    /// <summary>The payment of a request that buys a tool (<see cref="AssetPurchase.Tool"/>): the tool into the store (153, 36612). Same key as any payment.</summary>
    public static Result<VoucherDraft> ForToolPurchase(SpendingRequest r, PaymentMethod method, bool fundedByPaymentOrder, DateOnly date, PostingRuleBook book) =>
        Draft(book, ToolEventOf(method, fundedByPaymentOrder), Key(r, "PAY", "pay"), r, date, PostingContext.Amount(r.Amount), $"Mua công cụ, dụng cụ {r.Asset?.Code}");

    public static Result<VoucherDraft> ForPayment(SpendingRequest r, PaymentMethod method, bool fundedByPaymentOrder, DateOnly date, PostingRuleBook book)
    {
        return Draft(book, EventOf(method, fundedByPaymentOrder), Key(r, "PAY", "pay"), r, date, PostingContext.Amount(r.Amount), "Chi");
    }

    public static Result<VoucherDraft> ForAdvance(SpendingRequest r, DateOnly date, PostingRuleBook book) =>
        Draft(book, Advance, Key(r, "ADV", "pay"), r, date, PostingContext.Amount(r.Amount), "Tạm ứng");

    public static Result<VoucherDraft> ForAdvanceSettlement(SpendingRequest r, long actual, DateOnly date, PostingRuleBook book) =>
        Draft(book, AdvanceSettle, Key(r, "SETTLE", "settle"), r, date,
            new Dictionary<string, long>(StringComparer.Ordinal) { ["actual"] = actual, ["returned"] = checked(r.Amount - actual) }, "Thanh toán tạm ứng");

    private static Result<VoucherDraft> Draft(PostingRuleBook book, string @event, string key, SpendingRequest r, DateOnly date,
        IReadOnlyDictionary<string, long> amounts, string verb)
    {
        var built = book.Build(@event, PostingContext.For(r.Key, date, amounts, r.Payee));
        return built.IsFailure
            ? Result.Failure<VoucherDraft>(built.Errors)
            : Result.Success(new VoucherDraft(key, date, r.Key.Unit, built.Value.VoucherType, $"{verb}: {r.Purpose} (đề nghị {Id(r)})", built.Value.Lines));
    }

    /// <summary>The key of the request's next voucher of a kind: "-2", "-3" … once an earlier one was posted (and reversed).</summary>
    private static string Key(SpendingRequest r, string kind, string action)
    {
        var attempt = r.History.Count(e => e.Action == action) + 1;
        return $"SPEND-{Id(r)}-{kind}" + (attempt > 1 ? "-" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
    }

    private static string Id(SpendingRequest r) => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

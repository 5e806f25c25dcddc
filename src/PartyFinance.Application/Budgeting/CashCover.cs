using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// A payment in cash or from the deposit account, and a staff advance, spend money the unit already
/// withdrew from the estimate (Nợ 111/112 / Có 3371, with Có 008 tạm ứng): the estimate was used then,
/// so these vouchers post no 008 line. They may spend only what was withdrawn on the same unit × fund
/// source × item × sector and is not yet spent — the temporary-receipt (337x) balance of those
/// dimensions, less the advances paid to staff and not yet settled. Without it the line would regain
/// room at every such payment.
/// </summary>
public static class CashCover
{
    public const string NotWithdrawn = "budget.cash-not-withdrawn";

    public static Result Check(SpendingRequest request, IEnumerable<EstimateBalance> books, IEnumerable<SpendingRequest> requestsOfLine, PostingRuleBook book)
    {
        var k = request.Key;
        var withdrawn = books.Where(r => r.Unit == k.Unit && r.FundSource == k.FundSource && r.BudgetItem == k.BudgetItem && r.Sector == k.Sector
                && book.MirrorAccounts.Contains(r.Account))
            .Sum(r => checked(r.Credit - r.Debit));
        var advanced = requestsOfLine.Where(r => r.Id != request.Id && r.Nature == SpendingNature.Advance && r.Status == SpendingStatus.Paid).Sum(r => r.Amount);
        var cover = checked(withdrawn - advanced);
        return cover >= request.Amount
            ? Result.Success()
            : Result.Failure(BudgetErrors.Error(NotWithdrawn,
                $"Dòng dự toán {k} chỉ còn {VietnameseFormat.Amount(Math.Max(cover, 0))} đã rút về quỹ/tài khoản tiền gửi chưa chi, không đủ {VietnameseFormat.Amount(request.Amount)}: "
                + "rút tạm ứng dự toán trước (voucher event withdraw-cash | withdraw-deposit) hoặc thanh toán bằng rút dự toán (--method withdrawal).", "method"));
    }

    public static bool Applies(SpendingRequest request, PaymentMethod method, bool fundedByPaymentOrder) =>
        request.Nature == SpendingNature.Advance || method == PaymentMethod.Cash || (method == PaymentMethod.Bank && !fundedByPaymentOrder);
}

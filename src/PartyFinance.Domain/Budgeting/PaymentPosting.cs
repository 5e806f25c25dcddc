using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Builds the voucher that pays a request. Accounts are the TT 107/2017 list (reference.md 2.2),
/// NOT verified against TT 24/2024. "x" = 1 for autonomous (thường xuyên), 2 for non-autonomous;
/// the 008/012 year digit is 2 (năm nay) or 1 (năm trước: a carried-over line, or a payment dated
/// after the line's year, i.e. in the settlement-adjustment period). Off-balance lines carry fund
/// source, sector and budget item. Voucher keys are stable ("SPEND-{id}-PAY") so a retry is idempotent.
///   RDT  payment by treasury withdrawal:  Nợ 611xy / Có 511x;         Có 008{y}x2 (thực chi)
///   UNC  payment from deposit account:    Nợ 611xy / Có 1121;         Có 012{y}x when funded by lệnh chi tiền
///   PC   payment in cash:                 Nợ 611xy / Có 1111
///   PC   advance (tạm ứng):               Nợ 141   / Có 1111;         Có 008{y}x1 (tạm ứng)
///   PKT  advance settlement:              Nợ 611xy / Có 141 (actual); Nợ 1111 / Có 141 (returned);
///                                         Nợ 008{y}x1 (advance, reversed), Có 008{y}x2 (actual: tạm ứng → thực chi)
/// </summary>
public static class PaymentPosting
{
    public static Result<VoucherDraft> ForPayment(SpendingRequest r, PaymentMethod method, bool fundedByPaymentOrder, DateOnly date, ExpenseAccountMap map)
    {
        var expense = map.AccountFor(r.Key.Autonomy, r.Key.BudgetItem, date);
        if (expense.IsFailure)
        {
            return Result.Failure<VoucherDraft>(expense.Errors);
        }

        var k = r.Key;
        var lines = new List<PostingDraft> { Line(expense.Value, r.Amount, 0, k) };
        var type = method switch
        {
            PaymentMethod.BudgetWithdrawal => "RDT",
            PaymentMethod.Cash => "PC",
            PaymentMethod.Bank => "UNC",
        };
        switch (method)
        {
            case PaymentMethod.BudgetWithdrawal:
                lines.Add(Line(k.Autonomy == Autonomy.Autonomous ? "5111" : "5112", 0, r.Amount, k));
                lines.Add(Line(Estimate(k, date, actual: true), 0, r.Amount, k));
                break;
            case PaymentMethod.Cash:
                lines.Add(new PostingDraft("1111", 0, r.Amount));
                break;
            case PaymentMethod.Bank:
                lines.Add(new PostingDraft("1121", 0, r.Amount));
                if (fundedByPaymentOrder)
                {
                    lines.Add(Line("012" + YearDigit(k, date) + AutonomyDigit(k), 0, r.Amount, k));
                }

                break;
        }

        return Result.Success(new VoucherDraft($"SPEND-{Id(r)}-PAY", date, k.Unit, type, Describe("Chi", r), lines));
    }

    public static VoucherDraft ForAdvance(SpendingRequest r, DateOnly date)
    {
        var k = r.Key;
        List<PostingDraft> lines =
        [
            new("141", r.Amount, 0, Counterparty: r.Payee),
            new("1111", 0, r.Amount),
            Line(Estimate(k, date, actual: false), 0, r.Amount, k),
        ];
        return new VoucherDraft($"SPEND-{Id(r)}-ADV", date, k.Unit, "PC", Describe("Tạm ứng", r), lines);
    }

    public static Result<VoucherDraft> ForAdvanceSettlement(SpendingRequest r, long actual, DateOnly date, ExpenseAccountMap map)
    {
        var k = r.Key;
        var lines = new List<PostingDraft>();
        if (actual > 0)
        {
            var expense = map.AccountFor(k.Autonomy, k.BudgetItem, date);
            if (expense.IsFailure)
            {
                return Result.Failure<VoucherDraft>(expense.Errors);
            }

            lines.Add(Line(expense.Value, actual, 0, k));
            lines.Add(new PostingDraft("141", 0, actual, Counterparty: r.Payee));
            lines.Add(Line(Estimate(k, date, actual: true), 0, actual, k));
        }

        if (r.Amount - actual > 0)
        {
            lines.Add(new PostingDraft("1111", r.Amount - actual, 0));
            lines.Add(new PostingDraft("141", 0, r.Amount - actual, Counterparty: r.Payee));
        }

        lines.Add(Line(Estimate(k, date, actual: false), r.Amount, 0, k));
        return Result.Success(new VoucherDraft($"SPEND-{Id(r)}-SETTLE", date, k.Unit, "PKT", Describe("Thanh toán tạm ứng", r), lines));
    }

    /// <summary>The 008 leaf: năm nay/năm trước × thường xuyên/không thường xuyên × tạm ứng/thực chi.</summary>
    public static string Estimate(BudgetLineKey k, DateOnly date, bool actual) =>
        "008" + YearDigit(k, date) + AutonomyDigit(k) + (actual ? "2" : "1");

    private static string YearDigit(BudgetLineKey k, DateOnly date) => k.CarriedOver || date.Year > k.Year ? "1" : "2";

    private static string AutonomyDigit(BudgetLineKey k) => k.Autonomy == Autonomy.Autonomous ? "1" : "2";

    private static PostingDraft Line(string account, long debit, long credit, BudgetLineKey k) =>
        new(account, debit, credit, k.FundSource, k.BudgetItem, k.Sector);

    private static string Id(SpendingRequest r) => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(string verb, SpendingRequest r) => $"{verb}: {r.Purpose} (đề nghị {Id(r)})";
}

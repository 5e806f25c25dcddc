using System.Globalization;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Demo;

/// <summary>
/// The demo's vouchers, each built from the posting rules of db/posting like every other voucher:
/// the year's estimate per budget item (DTG), payroll (CTK) and salary by budget withdrawal (RDT),
/// a cash withdrawal as an advance on the item it will pay (RDT, 008 tạm ứng), the cash payment with
/// its revenue (PC) and, at month end, the settlement of that advance with the Treasury (CTK, 008 tạm ứng → thực chi).
/// </summary>
internal sealed class DemoVouchers(PostingRuleBook book)
{
    public const string Fund = "NSNN";
    public const string Salary = "6001";

    public static readonly (string Item, string Text)[] Spending =
    [
        ("6501", "Thanh toán tiền điện"), ("6551", "Mua văn phòng phẩm"), ("6701", "Thanh toán công tác phí"), ("6651", "Chi tổ chức hội nghị"),
    ];

    public VoucherDraft Estimate(string unit, string sector, DateOnly date, IReadOnlyList<(string Item, long Amount)> items)
    {
        var lines = items.SelectMany(i => Lines(EstimatePosting.Increase, unit, sector, i.Item, date, i.Amount, date.Year)).ToList();
        return new(Key(unit, date, "DTG"), date, unit, "DTG", $"Nhận dự toán chi thường xuyên năm {date.Year}", lines);
    }

    public VoucherDraft Payroll(string unit, string sector, DateOnly date, long salary) =>
        Draft("payroll", "CTK", unit, sector, Salary, date, salary, $"Tính lương tháng {Month(date)}");

    public VoucherDraft SalaryWithdrawal(string unit, string sector, DateOnly date, long salary) =>
        Draft("pay-salary-withdrawal", "RDT-LUONG", unit, sector, Salary, date, salary, $"Rút dự toán chi lương tháng {Month(date)}");

    public VoucherDraft CashWithdrawal(string unit, string sector, string item, DateOnly date, long amount) =>
        Draft("withdraw-cash", "RDT-TM", unit, sector, item, date, amount, $"Rút tạm ứng dự toán về quỹ tiền mặt tháng {Month(date)}");

    public VoucherDraft Payment(string unit, string sector, int kind, DateOnly date, long amount) =>
        Draft(PaymentPosting.PayCash, "PC", unit, sector, Spending[kind].Item, date, amount, $"{Spending[kind].Text} tháng {Month(date)}");

    public VoucherDraft TreasurySettlement(string unit, string sector, string item, DateOnly date, long amount) =>
        Draft("treasury-advance-settle", "TTTU", unit, sector, item, date, amount, $"Thanh toán tạm ứng với Kho bạc tháng {Month(date)}");

    private VoucherDraft Draft(string @event, string kind, string unit, string sector, string item, DateOnly date, long amount, string text)
    {
        var built = book.Build(@event, Context(unit, sector, item, date, amount, date.Year));
        return new(Key(unit, date, kind), date, unit, built.Value.VoucherType, text, built.Value.Lines);
    }

    private IEnumerable<PostingDraft> Lines(string @event, string unit, string sector, string item, DateOnly date, long amount, int year) =>
        book.Build(@event, Context(unit, sector, item, date, amount, year)).Value.Lines;

    private static PostingContext Context(string unit, string sector, string item, DateOnly date, long amount, int year) =>
        PostingContext.For(new BudgetLineKey(unit, year, Fund, Autonomy.Autonomous, sector, item), date, PostingContext.Amount(amount));

    private static string Key(string unit, DateOnly date, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"demo-{unit}-{date:yyyyMMdd}-{kind}");

    private static string Month(DateOnly d) => d.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}

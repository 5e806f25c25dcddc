using System.Globalization;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Demo;

/// <summary>
/// The demo's voucher patterns (TT 107 entries, used under the TT 24 frame): estimate received
/// (Nợ 008212), payroll (Nợ 61111 / Có 3341), salary by budget withdrawal (Nợ 3341 / Có 5111,
/// Có 008212), cash withdrawal (Nợ 1111 / Có 3371, Có 008212) and cash spending (Nợ 61112 / Có 1111
/// with Nợ 3371 / Có 5111 recognising the revenue).
/// </summary>
internal static class DemoVouchers
{
    private const string Fund = "NSNN";
    private const string Sector = "340-351";
    private static readonly (string Item, string Text)[] Spending =
    [
        ("6501", "Thanh toán tiền điện"), ("6551", "Mua văn phòng phẩm"), ("6701", "Thanh toán công tác phí"), ("6651", "Chi tổ chức hội nghị"),
    ];

    public static VoucherDraft Estimate(string unit, DateOnly date, long amount) =>
        new(Key(unit, date, "DTG"), date, unit, "DTG", $"Nhận dự toán chi thường xuyên năm {date.Year}",
            [new PostingDraft("008212", amount, 0, Fund, "6001", Sector)]);

    public static VoucherDraft Payroll(string unit, DateOnly date, long salary) =>
        new(Key(unit, date, "CTK"), date, unit, "CTK", $"Tính lương tháng {Month(date)}",
        [
            new PostingDraft("61111", salary, 0, Fund, "6001", Sector),
            new PostingDraft("3341", 0, salary),
        ]);

    public static VoucherDraft SalaryWithdrawal(string unit, DateOnly date, long salary) =>
        new(Key(unit, date, "RDT-LUONG"), date, unit, "RDT", $"Rút dự toán chi lương tháng {Month(date)}",
        [
            new PostingDraft("3341", salary, 0),
            new PostingDraft("5111", 0, salary, Fund, null, Sector),
            new PostingDraft("008212", 0, salary, Fund, "6001", Sector),
        ]);

    public static VoucherDraft CashWithdrawal(string unit, DateOnly date, long amount, DateOnly month) =>
        new(Key(unit, date, "RDT-TM"), date, unit, "RDT", $"Rút dự toán về quỹ tiền mặt tháng {Month(month)}",
        [
            new PostingDraft("1111", amount, 0),
            new PostingDraft("3371", 0, amount),
            new PostingDraft("008212", 0, amount, Fund, "6001", Sector),
        ]);

    public static VoucherDraft Payment(string unit, DateOnly date, long amount, int kind)
    {
        var (item, text) = Spending[kind];
        return new(Key(unit, date, "PC"), date, unit, "PC", $"{text} tháng {Month(date)}",
        [
            new PostingDraft("61112", amount, 0, Fund, item, Sector),
            new PostingDraft("1111", 0, amount),
            new PostingDraft("3371", amount, 0),
            new PostingDraft("5111", 0, amount, Fund, null, Sector),
        ]);
    }

    private static string Key(string unit, DateOnly date, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"demo-{unit}-{date:yyyyMMdd}-{kind}");

    private static string Month(DateOnly d) => d.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}

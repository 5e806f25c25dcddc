using PartyFinance.Domain.Ledger;

namespace PartyFinance.Domain.Tests.Ledger;

/// <summary>Builders for vouchers the way an accountant writes them.</summary>
internal static class Drafts
{
    public static readonly DateOnly Day = new(2025, 3, 15);

    /// <summary>Cash spending: Nợ 61112 / Có 1111 and Nợ 3371 / Có 5111.</summary>
    public static VoucherDraft Payment(long amount = 1_500_000, string key = "K1", DateOnly? date = null, string unit = "VPTU") =>
        new(key, date ?? Day, unit, "PC", "Mua văn phòng phẩm",
        [
            new PostingDraft("61112", amount, 0, "NSNN", "6551", "340-351", Row: 2),
            new PostingDraft("1111", 0, amount, Row: 3),
            new PostingDraft("3371", amount, 0, Row: 4),
            new PostingDraft("5111", 0, amount, "NSNN", null, "340-351", Row: 5),
        ], 2);

    public static VoucherDraft With(params PostingDraft[] lines) => new("K9", Day, "VPTU", "CTK", "Kiểm thử", lines, 2);

    public static int Counter;

    public static int NextSeq(string unit, string type, int year) => ++Counter;
}

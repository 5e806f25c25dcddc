using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>Plain-text rendering of ledger reports for the terminal, vi-VN number format.</summary>
internal static class TrialBalanceText
{
    private const int Width = 18;

    public static void Write(TextWriter w, TrialBalance tb, ReportPeriod period, IReadOnlyList<TrialBalanceLine> on, IReadOnlyList<TrialBalanceLine> off)
    {
        w.WriteLine($"BẢNG CÂN ĐỐI SỐ PHÁT SINH {period.Label.ToUpperInvariant()}{(tb.Unit is null ? " — toàn bộ đơn vị" : " — đơn vị " + tb.Unit)}");
        w.WriteLine("Đơn vị tính: đồng. Tài khoản cấp trên là tổng của các tài khoản chi tiết, không cộng thêm vào dòng Cộng.");
        w.WriteLine($"{"TK",-10} {"Dư Nợ đầu kỳ",Width} {"Dư Có đầu kỳ",Width} {"Phát sinh Nợ",Width} {"Phát sinh Có",Width} {"Dư Nợ cuối kỳ",Width} {"Dư Có cuối kỳ",Width}  Tên tài khoản");
        foreach (var l in on)
        {
            w.WriteLine(Row(l));
        }

        w.WriteLine(Line("Cộng", tb.TotalOpeningDebit, tb.TotalOpeningCredit, tb.TotalDebit, tb.TotalCredit, tb.TotalClosingDebit, tb.TotalClosingCredit));
        if (off.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("TÀI KHOẢN NGOÀI BẢNG (Nợ = tăng, Có = giảm)");
            foreach (var l in off)
            {
                w.WriteLine(Row(l));
            }
        }
    }

    /// <summary>Sổ cái (mẫu S02c-H layout): headings, opening balance, lines with TK đối ứng, monthly totals, closing balance.</summary>
    public static void WriteGeneral(TextWriter w, LedgerBook book)
    {
        w.WriteLine("SỔ CÁI");
        w.WriteLine($"Tài khoản: {book.Account} — {book.Name}");
        w.WriteLine($"Kỳ: {book.Period.Label}{(book.Period.Label.StartsWith("từ", StringComparison.Ordinal) ? string.Empty : $" ({VietnameseFormat.Date(book.Period.From)} – {VietnameseFormat.Date(book.Period.To)})")}{(book.Unit is null ? " — toàn bộ đơn vị" : " — đơn vị " + book.Unit)}");
        w.WriteLine("Đơn vị tính: đồng");
        w.WriteLine();
        w.WriteLine($"{"Ngày",-10} {"Số chứng từ",-24} {"Diễn giải",-40} {"TK đối ứng",-12} {"Nợ",Width} {"Có",Width} {"Dư Nợ",Width} {"Dư Có",Width}");
        w.WriteLine(Summary("Số dư đầu kỳ", null, null, book.OpeningDebit, book.OpeningCredit));
        foreach (var m in book.Months)
        {
            foreach (var l in m.Lines)
            {
                var e = l.Entry;
                var contra = e.Account == book.Account ? e.Contra : $"{e.Contra} [{e.Account}]";
                w.WriteLine($"{VietnameseFormat.Date(e.Date),-10} {e.Number,-24} {Cut(e.Description, 40),-40} {contra,-12} {Amount(e.Debit)} {Amount(e.Credit)} {Amount(l.BalanceDebit)} {Amount(l.BalanceCredit)}");
            }

            var month = VietnameseFormat.Month(m.Year, m.Month);
            w.WriteLine(Summary($"Cộng phát sinh tháng {month}", m.Debit, m.Credit, null, null));
            w.WriteLine(Summary($"Số dư cuối tháng {month}", null, null, m.ClosingDebit, m.ClosingCredit));
        }

        w.WriteLine(Summary("Cộng phát sinh trong kỳ", book.TotalDebit, book.TotalCredit, null, null));
        w.WriteLine(Summary("Số dư cuối kỳ", null, null, book.ClosingDebit, book.ClosingCredit));
        w.WriteLine($"{book.Months.Sum(m => m.Lines.Count)} dòng.");
    }

    private static string Summary(string label, long? debit, long? credit, long? balanceDebit, long? balanceCredit) =>
        ($"{string.Empty,-10} {string.Empty,-24} {label,-40} {string.Empty,-12} {Optional(debit)} {Optional(credit)} {Optional(balanceDebit)} {Optional(balanceCredit)}").TrimEnd();

    private static string Row(TrialBalanceLine l) =>
        Line(new string(' ', l.Depth) + l.Row.Account, l.Row.OpeningDebit, l.Row.OpeningCredit, l.Row.Debit, l.Row.Credit, l.Row.ClosingDebit, l.Row.ClosingCredit)
        + "  " + new string(' ', 2 * l.Depth) + l.Row.Name;

    private static string Line(string account, params long[] amounts) => $"{account,-10} " + string.Join(' ', amounts.Select(Amount));

    private static string Optional(long? v) => v is { } x ? Amount(x) : new string(' ', Width);

    private static string Amount(long v) => (v == 0 ? "-" : VietnameseFormat.Number(v)).PadLeft(Width);

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}

using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>Plain-text rendering of ledger reports for the terminal, vi-VN number format.</summary>
internal static class TrialBalanceText
{
    public static void Write(TextWriter w, TrialBalance tb)
    {
        w.WriteLine($"BẢNG CÂN ĐỐI SỐ PHÁT SINH NĂM {tb.Year}{(tb.Unit is null ? " — toàn bộ đơn vị" : " — đơn vị " + tb.Unit)}");
        w.WriteLine($"{"TK",-8} {"Dư Nợ đầu",18} {"Dư Có đầu",18} {"Phát sinh Nợ",18} {"Phát sinh Có",18} {"Dư Nợ cuối",18} {"Dư Có cuối",18}  Tên");
        foreach (var r in tb.OnBalance)
        {
            w.WriteLine(Line(r.Account, r.OpeningDebit, r.OpeningCredit, r.Debit, r.Credit, r.ClosingDebit, r.ClosingCredit) + "  " + r.Name);
        }

        w.WriteLine(Line("Cộng", tb.TotalOpeningDebit, tb.TotalOpeningCredit, tb.TotalDebit, tb.TotalCredit, tb.TotalClosingDebit, tb.TotalClosingCredit));
        if (tb.OffBalance.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("TÀI KHOẢN NGOÀI BẢNG (Nợ = tăng, Có = giảm)");
            foreach (var r in tb.OffBalance)
            {
                w.WriteLine(Line(r.Account, r.OpeningDebit, r.OpeningCredit, r.Debit, r.Credit, r.ClosingDebit, r.ClosingCredit) + "  " + r.Name);
            }
        }
    }

    public static void WriteGeneral(TextWriter w, GeneralLedger gl)
    {
        w.WriteLine($"SỔ CÁI TÀI KHOẢN {gl.Account} NĂM {gl.Year}{(gl.Unit is null ? string.Empty : " — đơn vị " + gl.Unit)}");
        w.WriteLine($"Số dư đầu năm: Nợ {VietnameseFormat.Amount(gl.OpeningDebit)}, Có {VietnameseFormat.Amount(gl.OpeningCredit)}");
        foreach (var l in gl.Lines)
        {
            w.WriteLine($"{VietnameseFormat.Date(l.Date),-10} {l.Number,-24} {l.Account,-8} {Amount(l.Debit)} {Amount(l.Credit)} {Amount(l.BalanceDebit)} {Amount(l.BalanceCredit)}  {l.Description}");
        }

        w.WriteLine($"Cộng phát sinh: Nợ {VietnameseFormat.Amount(gl.TotalDebit)}, Có {VietnameseFormat.Amount(gl.TotalCredit)}; {gl.Lines.Count} dòng.");
    }

    private static string Line(string account, params long[] amounts) => $"{account,-8} " + string.Join(' ', amounts.Select(Amount));

    private static string Amount(long v) => (v == 0 ? "-" : VietnameseFormat.Number(v)).PadLeft(18);
}

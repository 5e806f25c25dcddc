using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>A voucher as an accountant reads it: header, then one row per line under TK Nợ or TK Có, with its analysis dimensions.</summary>
internal static class VoucherText
{
    public static void Write(Output o, VoucherView v)
    {
        o.Line($"CHỨNG TỪ {v.Type} số {v.Number}   ngày {VietnameseFormat.Date(v.Date)}   đơn vị {v.Unit}");
        o.Line($"Diễn giải: {v.Description}");
        o.Line($"Mã chứng từ (key): {v.Key}");
        if (v.Reverses is not null)
        {
            o.Line($"Đảo chứng từ: {v.Reverses}");
        }

        if (v.ReversedBy is not null)
        {
            o.Line($"Đã bị đảo bởi: {v.ReversedBy}");
        }

        o.Line($"{"TK Nợ",-10} {"TK Có",-10} {"Số tiền",20}  Nguồn    Mục    Loại-Khoản  Đối tượng");
        foreach (var l in v.Lines)
        {
            var (debit, credit) = l.Side == "debit" ? (l.Account, string.Empty) : (string.Empty, l.Account);
            o.Line($"{debit,-10} {credit,-10} {VietnameseFormat.Amount(l.Amount),20}  {l.FundSource,-8} {l.BudgetItem,-6} {l.Sector,-11} {l.Counterparty}".TrimEnd());
        }

        o.Line($"Số tiền: {VietnameseFormat.Amount(v.Amount)}");
    }
}

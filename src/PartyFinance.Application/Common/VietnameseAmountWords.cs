using System.Text;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>
/// An amount of đồng in Vietnamese words, as the "Số tiền (viết bằng chữ)" line of a phiếu thu, phiếu chi or ủy nhiệm
/// chi reads it: "Một triệu hai trăm linh năm nghìn đồng". Groups of three digits under nghìn, triệu, tỷ (above a tỷ the
/// names repeat: nghìn tỷ, triệu tỷ); a zero hundreds inside the number is read "không trăm", a zero tens before a unit
/// "linh"; 1 after a tens of 20 or more is "mốt", 5 after any tens "lăm"; a group of zeros is not read.
/// </summary>
public static class VietnameseAmountWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Groups = ["", " nghìn", " triệu"];
    private const ulong Billion = 1_000_000_000;

    public static string Of(long amount)
    {
        // The magnitude as unsigned, so long.MinValue has one too.
        var magnitude = amount < 0 ? (ulong)(-(amount + 1)) + 1 : (ulong)amount;
        var words = magnitude == 0 ? "không" : Read(magnitude, leading: true);
        var text = (amount < 0 ? "âm " : string.Empty) + words + " đồng";
        return char.ToUpper(text[0], VietnameseFormat.Culture) + text[1..];
    }

    /// <summary>A positive number: the tỷ part (itself read the same way) and what is below a tỷ.</summary>
    private static string Read(ulong n, bool leading)
    {
        if (n >= Billion)
        {
            var below = n % Billion;
            var head = Read(n / Billion, leading) + " tỷ";
            return below == 0 ? head : head + " " + BelowBillion(below, leading: false);
        }

        return BelowBillion(n, leading);
    }

    private static string BelowBillion(ulong n, bool leading)
    {
        var parts = new List<string>();
        var first = leading;
        for (var g = 2; g >= 0; g--)
        {
            var group = (int)(n / Pow1000(g) % 1000);
            if (group == 0)
            {
                continue;
            }

            parts.Add(Hundreds(group, first) + Groups[g]);
            first = false;
        }

        return string.Join(' ', parts);
    }

    private static ulong Pow1000(int g) => g switch { 0 => 1UL, 1 => 1_000UL, _ => 1_000_000UL };

    /// <summary>One group of three digits (1–999); <paramref name="leading"/>: the first group read, whose missing hundreds are not said.</summary>
    private static string Hundreds(int group, bool leading)
    {
        int h = group / 100, t = group / 10 % 10, u = group % 10;
        var s = new StringBuilder();
        if (h > 0 || !leading)
        {
            s.Append(Digits[h]).Append(" trăm");
        }

        if (t == 0 && u > 0 && s.Length > 0)
        {
            s.Append(" linh");
        }
        else if (t == 1)
        {
            s.Append(s.Length > 0 ? " " : string.Empty).Append("mười");
        }
        else if (t > 1)
        {
            s.Append(s.Length > 0 ? " " : string.Empty).Append(Digits[t]).Append(" mươi");
        }

        if (u > 0)
        {
            var unit = u switch
            {
                1 when t > 1 => "mốt",
                5 when t > 0 => "lăm",
                _ => Digits[u],
            };
            s.Append(s.Length > 0 ? " " : string.Empty).Append(unit);
        }

        return s.ToString();
    }
}

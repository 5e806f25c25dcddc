using System.Globalization;

namespace PartyFinance.Domain.Common;

/// <summary>
/// The one reader of dates, months and amounts typed by a person, on the command line or in a CSV cell:
/// dates yyyy-MM-dd or dd/MM/yyyy, months yyyy-MM or MM/yyyy, amounts in whole đồng as plain digits or
/// with vi-VN thousands dots (150.000.000). "1.5" or "1,5" is refused: đồng has no fraction, and a dot
/// that does not group exactly three digits cannot be told from a decimal point.
/// </summary>
public static class VietnameseInput
{
    public const string DateForms = "yyyy-MM-dd hoặc dd/MM/yyyy, từ năm 1900 đến 2100";
    public const string MonthForms = "yyyy-MM hoặc MM/yyyy, từ năm 1900 đến 2100";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    /// <summary>The plausible range of any date the product takes in (a building in service since 1960, a plan to 2100).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    /// <summary>A date in one of <see cref="DateForms"/> between <see cref="EarliestDate"/> and <see cref="LatestDate"/>.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date >= EarliestDate && date <= LatestDate;

    /// <summary>A year typed as digits, within the years of <see cref="EarliestDate"/> … <see cref="LatestDate"/> (1900–2100).</summary>
    public static bool TryYear(string? text, out int year) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= EarliestDate.Year && year <= LatestDate.Year;

    /// <summary>How a year must be typed, for refusals.</summary>
    public const string YearForms = "bốn chữ số, từ 1900 đến 2100, ví dụ 2026";

    /// <summary>
    /// A month typed `yyyy-MM` or `MM/yyyy` (exactly four and two ASCII digits, month 01–12), within 1900–2100. Read by hand:
    /// the framework's exact date parser took a tenth of a short report command's start-up on its first use.
    /// </summary>
    public static bool TryMonth(string? text, out int year, out int month)
    {
        year = month = 0;
        var t = (text ?? string.Empty).Trim().AsSpan();
        int y, m;
        if (t.Length != 7)
        {
            return false;
        }
        else if (t[4] == '-')
        {
            (y, m) = (Digits(t[..4]), Digits(t[5..]));
        }
        else if (t[2] == '/')
        {
            (m, y) = (Digits(t[..2]), Digits(t[3..]));
        }
        else
        {
            return false;
        }

        if (m is < 1 or > 12 || y < EarliestDate.Year || y > LatestDate.Year)
        {
            return false;
        }

        (year, month) = (y, m);
        return true;
    }

    /// <summary>The number the ASCII digits spell, or -1 when any character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }

    /// <summary>Whole đồng; <paramref name="problem"/> says in Vietnamese why the text is not an amount.</summary>
    public static bool TryAmount(string? text, bool allowNegative, out long amount, out string problem)
    {
        amount = 0;
        problem = string.Empty;
        var t = text?.Trim() ?? string.Empty;
        var negative = allowNegative && t.StartsWith('-');
        var digits = negative ? t[1..] : t;
        var groups = digits.Split('.');
        var grouped = groups.Length > 1;
        var wellFormed = digits.Length > 0
            && groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit))
            && (!grouped || (groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3)));
        if (!wellFormed)
        {
            problem = digits.Contains(',', StringComparison.Ordinal) || (grouped && groups.All(g => g.Length > 0 && g.All(char.IsAsciiDigit)))
                ? $"Số tiền '{t}' không rõ nghĩa: số tiền là đồng nguyên, viết liền (150000000) hoặc có dấu chấm tách từng nhóm ba chữ số (150.000.000)."
                : $"Số tiền '{t}' phải là số nguyên đồng: chỉ gồm chữ số, có thể có dấu chấm tách nghìn (150.000.000).";
            return false;
        }

        if (!long.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > Money.MaxAmount)
        {
            problem = $"Số tiền '{t}' vượt giới hạn {VietnameseFormat.Amount(Money.MaxAmount)} của một số tiền.";
            return false;
        }

        amount = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// What no text taken in may hold, because it would be stored and later printed raw to a terminal:
    /// control characters (ESC, BEL, NUL, TAB, DEL, C1 …; a line break excepted) and bidirectional
    /// overrides, embeddings, isolates and marks. Null when <paramref name="c"/> is allowed, else what it is, in Vietnamese.
    /// </summary>
    public static string? Forbidden(char c) => ForbiddenOrNull(c);

    /// <summary>
    /// What a code, key or login may not hold beyond <see cref="Forbidden"/>: a line break (allowed in a description, not in
    /// something typed back or matched), and the invisible format characters — zero-width space and joiners, soft hyphen,
    /// word joiner, byte order mark … — with which two keys or logins that print alike would be different ones.
    /// Null when <paramref name="code"/> is clean, else the Vietnamese reason naming the first bad character.
    /// </summary>
    public static string? CodeProblem(string code)
    {
        foreach (var c in code)
        {
            var what = ForbiddenOrNull(c)
                ?? (c is '\n' or '\r' or '\u2028' or '\u2029' ? "ký tự xuống dòng"
                : char.GetUnicodeCategory(c) == UnicodeCategory.Format ? "ký tự vô hình"
                : null);
            if (what is not null)
            {
                return $"'{Printable(code)}' chứa {what} U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}, không được phép trong mã, khóa hay tên đăng nhập.";
            }
        }

        return null;
    }

    /// <summary>The text with every character <see cref="CodeProblem"/> refuses shown as U+XXXX, so a message never prints it raw.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            ? "[U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "]"
            : c.ToString()));

    private static string? ForbiddenOrNull(char c) =>
        char.IsControl(c) && c != '\n' ? "ký tự điều khiển"
        : c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C' ? "ký tự đổi chiều văn bản"
        : null;
}

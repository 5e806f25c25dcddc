using System.CommandLine;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli;

/// <summary>
/// Option values a person types: dates (yyyy-MM-dd or dd/MM/yyyy), months (yyyy-MM or MM/yyyy) and amounts
/// (150000000 or 150.000.000), all read by <see cref="VietnameseInput"/> like the CSV cells.
/// </summary>
public static class Arguments
{
    public static bool TryMonth(string? text, out int year, out int month) => VietnameseInput.TryMonth(text, out year, out month);

    public static bool TryDate(string? text, out DateOnly date) => VietnameseInput.TryDate(text, out date);

    public static UsageException BadDate(string option, string? text) => new($"{option} '{text}' phải có dạng {VietnameseInput.DateForms}.");

    public static UsageException BadMonth(string option, string? text) => new($"{option} '{text}' phải có dạng {VietnameseInput.MonthForms}.");

    /// <summary>An optional amount (a bound of a search), read like <see cref="Amount"/>.</summary>
    public static Option<long?> OptionalAmount(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "đồng",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            if (VietnameseInput.TryAmount(text, allowNegative: false, out var amount, out var problem))
            {
                return amount;
            }

            r.AddError($"{name}: {problem}");
            return null;
        },
    };

    /// <summary>An amount option in whole đồng; a malformed value is a usage error (exit 2) in Vietnamese.</summary>
    public static Option<long> Amount(string name, string description, bool allowNegative = false, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        Required = true,
        HelpName = "đồng",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            if (VietnameseInput.TryAmount(text, allowNegative, out var amount, out var problem))
            {
                return amount;
            }

            r.AddError($"{name}: {problem}");
            return 0;
        },
    };

    /// <summary>
    /// What every argument must be before it is read: UTF-8, no control character (ESC, BEL, NUL …; a line break in a
    /// reason excepted) and no bidirectional override, which would be stored and later printed raw to a
    /// terminal. Null when all are clean, else the Vietnamese usage message. (Arguments are then normalised
    /// to NFC, so "Phòng" typed decomposed is the same login, code or name as composed.)
    /// </summary>
    public static string? Clean(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            foreach (var c in args[i])
            {
                // The runtime turns bytes of an argument that are not UTF-8 (a Windows-1258 terminal) into U+FFFD: refused, never stored as garbage.
                if ((c == '\uFFFD' ? "ký tự thay thế của một byte không phải UTF-8" : VietnameseInput.Forbidden(c)) is { } what)
                {
                    var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return $"tham số thứ {n} chứa {what} U+{((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)}, không được phép.";
                }
            }
        }

        return null;
    }
}

using System.CommandLine;
using PartyFinance.Domain.Authority;

namespace PartyFinance.Cli.Commands;

/// <summary>Reading authority option values: an unknown slug or a malformed date is a usage error (exit 2).</summary>
internal static class AuthorityOptionValues
{
    public delegate bool TryParse<T>(string? slug, out T value);

    public static T Slug<T>(ParseResult p, Option<string?> option, TryParse<T> tryParse, IEnumerable<string> allowed, T fallback)
    {
        var text = p.GetValue(option);
        if (text is null)
        {
            return fallback;
        }

        return tryParse(text, out var value)
            ? value
            : throw new UsageException($"{option.Name} '{text}' không hợp lệ; chọn một trong: {string.Join(", ", allowed)}.");
    }

    public static T RequiredSlug<T>(ParseResult p, Option<string?> option, TryParse<T> tryParse, IEnumerable<string> allowed) =>
        p.GetValue(option) is null
            ? throw new UsageException($"Thiếu {option.Name}; chọn một trong: {string.Join(", ", allowed)}.")
            : Slug(p, option, tryParse, allowed, default!);

    public static DateOnly? OptionalDate(ParseResult p, Option<string?> option) =>
        p.GetValue(option) is not { } text ? null
        : Arguments.TryDate(text, out var date) ? date
        : throw Arguments.BadDate(option.Name, text);

    public static string StatusSlug(ApprovalStatus status) => status.ToSlug();

    public static string StatusText(ApprovalStatus status) => status.VietnameseName();
}

using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes and Vietnamese names of <see cref="SpendingKind"/>.</summary>
public static class SpendingKinds
{
    public static readonly CodeTable<SpendingKind> Table = new(
        (SpendingKind.Recurring, "recurring", "chi thường xuyên định kỳ"),
        (SpendingKind.OneOff, "one-off", "chi một lần"),
        (SpendingKind.Any, "any", "chưa xác định loại chi"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this SpendingKind value) => Table.Code(value);

    public static string VietnameseName(this SpendingKind value) => Table.Name(value);

    public static bool TryParse(string? code, out SpendingKind value) => Table.TryParse(code, out value);
}

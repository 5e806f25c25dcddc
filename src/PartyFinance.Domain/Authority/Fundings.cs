using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes and Vietnamese names of <see cref="Funding"/>.</summary>
public static class Fundings
{
    public static readonly CodeTable<Funding> Table = new(
        (Funding.StateBudget, "state-budget", "ngân sách nhà nước"),
        (Funding.PartyFunds, "party-funds", "nguồn tài chính của Đảng"),
        (Funding.Any, "any", "mọi nguồn kinh phí"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this Funding value) => Table.Code(value);

    public static string VietnameseName(this Funding value) => Table.Name(value);

    public static bool TryParse(string? code, out Funding value) => Table.TryParse(code, out value);
}

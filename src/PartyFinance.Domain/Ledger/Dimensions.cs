namespace PartyFinance.Domain.Ledger;

public static class Dimensions
{
    private static readonly (Dimension Flag, string Column, string Name)[] Table =
    [
        (Dimension.FundSource, "fund_source", "nguồn kinh phí"),
        (Dimension.BudgetItem, "budget_item", "mục/tiểu mục"),
        (Dimension.Sector, "sector", "loại-khoản"),
        (Dimension.Program, "program", "chương trình"),
        (Dimension.Counterparty, "counterparty", "đối tượng"),
    ];

    public static IEnumerable<Dimension> All => Table.Select(t => t.Flag);

    public static string Column(this Dimension d) => Table.First(t => t.Flag == d).Column;

    public static string VietnameseName(this Dimension d) => Table.First(t => t.Flag == d).Name;

    /// <summary>Parses "fund_source;budget_item" into flags; unknown names are returned for the caller to report.</summary>
    public static Dimension Parse(string? list, out IReadOnlyList<string> unknown)
    {
        var result = Dimension.None;
        var bad = new List<string>();
        foreach (var part in (list ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Table.FirstOrDefault(t => t.Column == part);
            if (match.Flag == Dimension.None)
            {
                bad.Add(part);
            }
            else
            {
                result |= match.Flag;
            }
        }

        unknown = bad;
        return result;
    }

    public static string Format(Dimension set) =>
        string.Join(';', Table.Where(t => set.HasFlag(t.Flag)).Select(t => t.Column));
}

using PartyFinance.Application.Reference;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// F01-01/BCQT (and F01-02/BCQT): what was spent (thực chi on the estimate books) by Chương / Loại / Khoản / Mục / Tiểu mục,
/// one amount column per funding as reports/F01-01-BCQT.columns.csv groups the fund sources. Each level has
/// its total row above its children; the names come from the budget classification valid at year end. Only the
/// lines some column takes are listed (F01-02/BCQT: the estimate not given autonomy).
/// </summary>
internal static class SettlementDetailReport
{
    public static IReadOnlyList<ReportColumn> Columns(ReportDefinition definition) =>
    [
        new("chapter", "Chương", ColumnKind.Text, 8), new("sector_group", "Loại", ColumnKind.Text, 6), new("sector", "Khoản", ColumnKind.Text, 6),
        new("item", "Mục", ColumnKind.Text, 6), new("sub_item", "Tiểu mục", ColumnKind.Text, 9), new("label", "Nội dung chi", ColumnKind.Label, 40),
        .. definition.Columns.Select(c => new ReportColumn(c.Key, c.Label, ColumnKind.Amount, 18)),
    ];

    public static IReadOnlyList<ReportRow> Rows(ReportDefinition definition, IReadOnlyList<UnitBudgetLine> lines, IReadOnlyList<BudgetCode> codes, int year)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var valid = codes.Where(c => c.IsValidOn(yearEnd)).GroupBy(c => (c.Kind, c.Code)).ToDictionary(g => g.Key, g => g.First());
        string Name(string kind, string code) => valid.TryGetValue((kind, code), out var c) ? c.Name : string.Empty;
        string ItemOf(string code) => valid.TryGetValue((BudgetCode.SubItem, code), out var sub) && sub.ParentCode is { } parent ? parent : code;

        var spent = lines.Where(l => l.Line.Spent != 0 && definition.Columns.Any(c => c.Takes(l.Line.FundSource, l.Line.Autonomy))).Select(l =>
        {
            var sector = l.Line.Sector.Split('-');
            var (group, khoan) = sector.Length == 2 ? (sector[0], sector[1]) : (string.Empty, l.Line.Sector);
            var item = ItemOf(l.Line.BudgetItem);
            return (l.Chapter, Group: group, Sector: khoan, Item: item, SubItem: item == l.Line.BudgetItem ? string.Empty : l.Line.BudgetItem, Line: l);
        }).ToList();

        Dictionary<string, long> Sum(IEnumerable<(string, string, string, string, string, UnitBudgetLine Line)> of)
        {
            var list = of.ToList();
            return definition.Columns.ToDictionary(c => c.Key, c => list.Where(x => c.Takes(x.Line.Line.FundSource, x.Line.Line.Autonomy))
                .Aggregate(0L, (s, x) => checked(s + x.Line.Line.Spent)), StringComparer.Ordinal);
        }

        ReportRow Row(string line, string label, int indent, bool bold, Dictionary<string, string> texts, IEnumerable<(string, string, string, string, string, UnitBudgetLine)> of) =>
            new(line, label, indent, bold, texts, Sum(of));

        var rows = new List<ReportRow>();
        foreach (var chapter in spent.GroupBy(x => x.Chapter).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            rows.Add(Row(chapter.Key, Name(BudgetCode.Chapter, chapter.Key), 0, true, new() { ["chapter"] = chapter.Key }, chapter));
            foreach (var sector in chapter.GroupBy(x => (x.Group, x.Sector)).OrderBy(g => g.Key))
            {
                var path = $"{chapter.Key}/{sector.Key.Group}-{sector.Key.Sector}";
                rows.Add(Row(path, Name(BudgetCode.Sector, sector.Key.Sector), 1, true, new() { ["sector_group"] = sector.Key.Group, ["sector"] = sector.Key.Sector }, sector));
                foreach (var item in sector.GroupBy(x => x.Item).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    rows.Add(Row($"{path}/{item.Key}", Name(BudgetCode.Item, item.Key), 2, item.Any(x => x.SubItem.Length > 0), new() { ["item"] = item.Key }, item));
                    foreach (var sub in item.Where(x => x.SubItem.Length > 0).GroupBy(x => x.SubItem).OrderBy(g => g.Key, StringComparer.Ordinal))
                    {
                        rows.Add(Row($"{path}/{item.Key}/{sub.Key}", Name(BudgetCode.SubItem, sub.Key), 3, false, new() { ["sub_item"] = sub.Key }, sub));
                    }
                }
            }
        }

        rows.Add(Row("total", "Tổng cộng", 0, true, [], spent));
        return rows;
    }
}

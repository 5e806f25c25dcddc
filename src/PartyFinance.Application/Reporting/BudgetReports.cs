using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The reports over the estimate books: B01/BCQT (lines per fund source, columns per autonomy), the 008
/// book by budget line, and budget execution (estimate, committed, spent, available per unit and line).
/// </summary>
internal static class BudgetReports
{
    public static Result<IReadOnlyList<ReportRow>> Settlement(ReportDefinition definition, IReadOnlyList<UnitBudgetLine> lines) =>
        LineEvaluator.Rows(definition, definition.Columns.Select(c => c.Key).ToList(), (spec, key) =>
        {
            var column = definition.Columns.First(c => c.Key == key);
            return lines.Where(l => l.Matches(spec) && column.Takes(l.Line.FundSource, l.Line.Autonomy))
                .Aggregate(0L, (sum, l) => checked(sum + l.Measure(spec.Side!.Value)));
        });

    public static readonly ReportColumn[] EstimateColumns =
    [
        new("unit", "Đơn vị", ColumnKind.Text, 10), new("fund_source", "Nguồn", ColumnKind.Text, 9), new("autonomy", "Tự chủ", ColumnKind.Text, 16),
        new("sector", "Loại-Khoản", ColumnKind.Text, 11), new("budget_item", "Mục/Tiểu mục", ColumnKind.Text, 12), new("label", "Diễn giải", ColumnKind.Label, 30),
        new("estimate", "Dự toán", ColumnKind.Amount, 18), new("advanced", "Tạm ứng", ColumnKind.Amount, 18), new("spent", "Thực chi", ColumnKind.Amount, 18),
        new("balance", "Dự toán còn lại", ColumnKind.Amount, 18),
    ];

    public static IReadOnlyList<ReportRow> Estimate(IReadOnlyList<UnitBudgetLine> lines)
    {
        var rows = lines.Select(l => Row(l, new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["estimate"] = l.Estimate,
            ["advanced"] = l.Line.Advanced,
            ["spent"] = l.Line.Spent,
            ["balance"] = checked(l.Estimate - l.Line.Spent - l.Line.Advanced),
        })).ToList();
        rows.Add(Total(rows, ["estimate", "advanced", "spent", "balance"]));
        return rows;
    }

    public static readonly ReportColumn[] ExecutionColumns =
    [
        new("unit", "Đơn vị", ColumnKind.Text, 10), new("fund_source", "Nguồn", ColumnKind.Text, 9), new("autonomy", "Tự chủ", ColumnKind.Text, 16),
        new("sector", "Loại-Khoản", ColumnKind.Text, 11), new("budget_item", "Mục/Tiểu mục", ColumnKind.Text, 12), new("label", "Diễn giải", ColumnKind.Label, 30),
        new("allocated", "Dự toán giao", ColumnKind.Amount, 18), new("adjustments", "Điều chỉnh", ColumnKind.Amount, 18), new("committed", "Đã cam kết", ColumnKind.Amount, 18),
        new("spent", "Đã chi", ColumnKind.Amount, 18), new("advanced", "Tạm ứng", ColumnKind.Amount, 18), new("available", "Còn khả dụng", ColumnKind.Amount, 18),
    ];

    public static IReadOnlyList<ReportRow> Execution(IReadOnlyList<UnitBudgetLine> lines)
    {
        var rows = lines.Select(l => Row(l, new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["allocated"] = l.Line.Allocated,
            ["adjustments"] = l.Line.Adjustments,
            ["committed"] = l.Line.Committed,
            ["spent"] = l.Line.Spent,
            ["advanced"] = l.Line.Advanced,
            ["available"] = l.Line.Available,
        })).ToList();
        rows.Add(Total(rows, ["allocated", "adjustments", "committed", "spent", "advanced", "available"]));
        return rows;
    }

    private static ReportRow Row(UnitBudgetLine l, Dictionary<string, long> values)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["unit"] = l.Unit,
            ["fund_source"] = l.Line.FundSource,
            ["autonomy"] = l.Line.Autonomy == "autonomous" ? "Giao tự chủ" : "Không giao tự chủ",
            ["sector"] = l.Line.Sector,
            ["budget_item"] = l.Line.BudgetItem,
        };
        return new ReportRow(string.Empty, l.Line.CarriedOver ? "Năm trước chuyển sang" : "Năm nay", 0, false, texts, values);
    }

    private static ReportRow Total(IReadOnlyList<ReportRow> rows, string[] keys) =>
        new(string.Empty, "Tổng cộng", 0, true, ReportRow.NoTexts,
            keys.ToDictionary(k => k, k => rows.Aggregate(0L, (s, r) => checked(s + r.Values[k])), StringComparer.Ordinal));
}

using System.Globalization;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// `report show <code> --year Y --consolidated [--unit U]`: the provincial office's view across the
/// units under it — the report of each unit (U, default the province's top office, and every unit
/// below it that existed in Y), one block after the other, then the total. The total is the report
/// of the whole province when the view covers every unit (so it agrees with `report show` without
/// `--unit` to the đồng); for part of the province, and for the budget reports (one row per budget
/// line), it is the units' rows summed line by line, the trial balance's opening and closing sides
/// netted again, the narrative rows (B04/BCTC parts I–III) printed once, filled for the view (<see cref="Narrative.OfScope"/>).
/// Each row carries its unit in the text column `unit` ("Tổng cộng" for the total). Balances between units are not eliminated.
/// </summary>
public sealed class ConsolidateReport(BuildReport build, IReportSource source)
{
    public const string TotalLabel = "Tổng cộng";

    public Task<Result<ReportTable>> RunAsync(string code, int year, string? unit, CancellationToken ct) => RunAsync(code, year, unit, streamBooks: false, ct);

    /// <param name="streamBooks">
    /// For a workbook: the ledger books of the units and of the province are read from the database as the table is consumed
    /// (<see cref="ReportTable.Streamed"/>) when the view covers every unit, so the total is the province's book.
    /// </param>
    public Task<Result<ReportTable>> RunAsync(string code, int year, string? unit, bool streamBooks, CancellationToken ct) =>
        RunAsync(code, year, unit, streamBooks, snapshot: null, ct);

    /// <param name="snapshot">An export's shared reads (<see cref="ReportSnapshot"/>).</param>
    public async Task<Result<ReportTable>> RunAsync(string code, int year, string? unit, bool streamBooks, ReportSnapshot? snapshot, CancellationToken ct)
    {
        var units = await source.UnitsAsync(ct);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var top = unit is null
            ? units.Where(u => u.ParentCode is null).OrderBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault()
            : units.FirstOrDefault(u => string.Equals(u.Code, unit, StringComparison.OrdinalIgnoreCase));
        if (top is null)
        {
            return new DomainError(LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại.", "unit");
        }

        var scope = Below(top, units).Where(u => u.ValidFrom <= last && (u.ValidTo is null || u.ValidTo >= first)).ToList();
        var everyUnit = units.All(u => scope.Contains(u) || !(u.ValidFrom <= last && (u.ValidTo is null || u.ValidTo >= first)));
        var stream = streamBooks && everyUnit && build.Catalog.Find(code, year)?.Kind is ReportKind.GeneralLedger or ReportKind.DetailLedger;
        var tables = new List<ReportTable>();
        foreach (var u in scope)
        {
            var table = await build.RunAsync(code, year, u.Code, stream, snapshot, ct);
            if (table.IsFailure)
            {
                return table;
            }

            tables.Add(table.Value);
        }

        if (stream)
        {
            var province = await build.RunAsync(code, year, null, streamBooks: true, snapshot, ct);
            if (province.IsFailure)
            {
                return province;
            }

            return Result.Success(Table(top, scope, tables, [], [], year) with { Streamed = c => StreamedAsync(tables, province.Value, scope.Count, c) });
        }

        var perLine = tables[0].Definition.Kind is ReportKind.BudgetExecution or ReportKind.EstimateDetail;
        IReadOnlyList<ReportRow> total;
        IReadOnlyList<string> notes = [];
        if (everyUnit && !perLine)
        {
            var province = await build.RunAsync(code, year, null, streamBooks: false, snapshot, ct);
            if (province.IsFailure)
            {
                return province;
            }

            (total, notes) = (province.Value.Rows, province.Value.Notes);
        }
        else
        {
            // Narrative rows (B04/BCTC parts I–III) are not summed: the total prints each once, filled for the view.
            var texts = tables[0].Definition.Lines.Where(l => l.Side == LineSide.Text).ToDictionary(l => l.Line, StringComparer.Ordinal);
            total = Sum(tables, tables[0].Definition.Kind == ReportKind.TrialBalance, texts, Narrative.OfScope(units, year, top, scope));
        }

        var rows = new List<ReportRow>();
        foreach (var t in tables)
        {
            rows.Add(UnitHeading(t));
            rows.AddRange(t.Rows.Select(r => Tagged(r, t.Unit!)));
        }

        rows.Add(TotalHeading(scope.Count));
        rows.AddRange(total.Select(r => Tagged(r, TotalLabel)));
        return Result.Success(Table(top, scope, tables, rows, notes, year));
    }

    private static ReportTable Table(OrganisationUnit top, List<OrganisationUnit> scope, List<ReportTable> tables, IReadOnlyList<ReportRow> rows, IReadOnlyList<string> notes, int year)
    {
        var columns = new List<ReportColumn> { new("unit", "Đơn vị", ColumnKind.Text, 10) };
        columns.AddRange(tables[0].Columns.Where(c => c.Key != "unit"));
        var first0 = tables[0];
        return new ReportTable(first0.Definition, year, top.Code, $"{top.Name} và các đơn vị trực thuộc (tổng hợp theo đơn vị)",
            string.Join(", ", scope.Select(u => u.Chapter).Distinct().Order(StringComparer.Ordinal)), first0.PeriodLabel, columns, rows, notes);
    }

    /// <summary>The books of each unit, then the province's, read as they are written: the same rows as the computed view.</summary>
    private static async IAsyncEnumerable<ReportRow> StreamedAsync(List<ReportTable> tables, ReportTable province, int units, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var t in tables)
        {
            yield return UnitHeading(t);
            await foreach (var r in t.RowsAsync(ct))
            {
                yield return Tagged(r, t.Unit!);
            }
        }

        yield return TotalHeading(units);
        await foreach (var r in province.RowsAsync(ct))
        {
            yield return Tagged(r, TotalLabel);
        }
    }

    private static ReportRow UnitHeading(ReportTable t) => ReportRow.Heading($"Đơn vị {t.Unit} — {t.UnitName}");

    private static ReportRow TotalHeading(int units) => ReportRow.Heading($"{TotalLabel.ToUpperInvariant()} ({units.ToString(CultureInfo.InvariantCulture)} đơn vị)");

    /// <summary>The unit and every unit below it, the unit first, then by code.</summary>
    private static List<OrganisationUnit> Below(OrganisationUnit top, IReadOnlyList<OrganisationUnit> units)
    {
        var found = new List<OrganisationUnit> { top };
        var seen = new HashSet<string>(StringComparer.Ordinal) { top.Code };
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var child in units.Where(u => u.ParentCode == found[i].Code && seen.Add(u.Code)))
            {
                found.Add(child);
            }
        }

        return [top, .. found.Skip(1).OrderBy(u => u.Code, StringComparer.Ordinal)];
    }

    private static ReportRow Tagged(ReportRow r, string unit)
    {
        var texts = new Dictionary<string, string>(r.Texts, StringComparer.Ordinal) { ["unit"] = unit };
        return r with { Texts = texts };
    }

    /// <summary>
    /// Rows summed by what they are (line, label and texts other than the unit), in the order they first appear; a text line
    /// (<paramref name="texts"/>) once, its label filled from <paramref name="narrative"/>.
    /// </summary>
    private static List<ReportRow> Sum(IEnumerable<ReportTable> tables, bool netSides, IReadOnlyDictionary<string, ReportLineSpec> texts, IReadOnlyDictionary<string, string> narrative)
    {
        var order = new List<string>();
        var sums = new Dictionary<string, (ReportRow Row, Dictionary<string, long> Values)>(StringComparer.Ordinal);
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            if (texts.TryGetValue(row.Line, out var text))
            {
                var line = "\u001etext\u001f" + row.Line;
                if (!sums.ContainsKey(line))
                {
                    sums[line] = (row with { Label = NarrativeFields.Fill(text.Label, narrative), Texts = ReportRow.NoTexts }, new Dictionary<string, long>(StringComparer.Ordinal));
                    order.Add(line);
                }

                continue;
            }

            var cells = row.Texts.Where(t => t.Key != "unit").OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
            var key = string.Join("\u001f", [row.Line, row.Label, .. cells.Select(t => t.Key + "=" + t.Value)]);
            if (!sums.TryGetValue(key, out var sum))
            {
                sum = (row with { Texts = cells.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal) }, new Dictionary<string, long>(StringComparer.Ordinal));
                sums[key] = sum;
                order.Add(key);
            }

            foreach (var (column, value) in row.Values)
            {
                sum.Values[column] = checked(sum.Values.GetValueOrDefault(column) + value);
            }
        }

        return order.Select(k =>
        {
            var (row, values) = sums[k];
            if (netSides && row.Line != "total")
            {
                Net(values, "opening_debit", "opening_credit");
                Net(values, "closing_debit", "closing_credit");
            }

            return row with { Values = values };
        }).ToList();
    }

    private static void Net(Dictionary<string, long> values, string debit, string credit)
    {
        if (!values.ContainsKey(debit) && !values.ContainsKey(credit))
        {
            return;
        }

        var net = checked(values.GetValueOrDefault(debit) - values.GetValueOrDefault(credit));
        values[debit] = Math.Max(net, 0);
        values[credit] = Math.Max(-net, 0);
    }
}

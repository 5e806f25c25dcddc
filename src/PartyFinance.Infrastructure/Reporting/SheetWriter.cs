using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyFinance.Application.Reporting;
using S = PartyFinance.Infrastructure.Reporting.WorkbookStyles;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// Streams one report into a worksheet part, row by row as the report's rows arrive. Every text is an inline
/// string (a label beginning with '=', '+', '-' or '@' stays text: no cell of ours is ever a formula); every
/// amount a numeric cell. A report longer than a sheet holds stops at <c>maxRows</c> and goes on on the next
/// sheet, which repeats the header block; notes and the signature block close the last one.
/// </summary>
internal static class SheetWriter
{
    /// <summary>Where the column headings are (the rows repeated on every printed page).</summary>
    public sealed record Layout(int HeadingRow);

    private const int HeadingRow = 7;

    /// <param name="rows">The report's rows, positioned on the first row not yet written (<paramref name="pending"/> true).</param>
    /// <param name="sheet">1 for the report's first sheet, 2… for its continuation sheets.</param>
    /// <returns>The layout, the data rows written and whether rows are left for a continuation sheet.</returns>
    public static async Task<(Layout Layout, int Written, bool More)> WriteAsync(Stream part, ReportTable report, SignaturePlace signed,
        IAsyncEnumerator<ReportRow> rows, bool pending, int sheet, int maxRows)
    {
        var columns = report.Columns;
        var n = Math.Max(columns.Count, 3);
        var last = Letter(n);
        var right = Math.Max(2, n - 2);
        var merges = new List<string>();
        using var w = new CellWriter(part);
        w.StartWorksheet();
        w.Element(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        w.Element(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeadingRow, TopLeftCell = $"A{HeadingRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{HeadingRow + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{HeadingRow + 1}" } })
        { WorkbookViewId = 0 }));
        w.Element(new Columns(columns.Select((c, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width + 2, CustomWidth = true })));

        w.StartSheetData();
        var d = report.Definition;
        var row = 1;
        Row(w, row, (1, $"Đơn vị: {report.UnitName}", S.HeaderBold), (right, d.Form.Length > 0 ? $"Mẫu số {d.Form}" : string.Empty, S.Centered));
        merges.Add($"A1:{Letter(right - 1)}1");
        merges.Add($"{Letter(right)}1:{last}1");
        row++;
        Row(w, row, (1, $"Mã chương: {report.Chapter}", S.HeaderBold), (right, d.IssuedWith.Length > 0 ? $"({d.IssuedWith})" : string.Empty, S.HeaderItalic));
        merges.Add($"A2:{Letter(right - 1)}2");
        merges.Add($"{Letter(right)}2:{last}3");
        row += 2;
        Row(w, row, 24, (1, d.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), S.Title));
        merges.Add($"A4:{last}4");
        row++;
        Row(w, row, (1, sheet == 1 ? report.PeriodLabel : $"{report.PeriodLabel} (tiếp theo, phần {sheet.ToString(CultureInfo.InvariantCulture)})", S.Centered));
        merges.Add($"A5:{last}5");
        row++;
        Row(w, row, (1, "Đơn vị tính: đồng", S.UnitOfMeasure));
        merges.Add($"A6:{last}6");
        row++;
        Row(w, row, 32, columns.Select((c, i) => (i + 1, c.Heading, S.ColumnHeading)).ToArray());

        var cells = w;
        var notes = report.Notes.ToList();
        if (d.Verified == "U")
        {
            notes.Add("Ghi chú: bố cục mẫu này chưa được đối chiếu với văn bản gốc (xem reports/README.md).");
        }

        // Room left under the data rows for the notes, the date line and the signature block.
        var lastDataRow = maxRows - notes.Count - 5;
        var written = 0;
        for (; pending && row < lastDataRow; pending = await rows.MoveNextAsync())
        {
            var r = rows.Current;
            row++;
            written++;
            cells.StartRow(row);
            for (var i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                switch (c.Kind)
                {
                    case ColumnKind.Line:
                        cells.Text(r.Line == "total" ? string.Empty : r.Line, r.Bold ? S.LineCodeBold : S.LineCode);
                        break;
                    case ColumnKind.Label:
                        cells.Text(r.Label, S.Label(r.Indent, r.Bold));
                        break;
                    case ColumnKind.Text:
                        cells.Text(r.Texts.GetValueOrDefault(c.Key, string.Empty), r.Bold ? S.TextBold : S.Text);
                        break;
                    case ColumnKind.Amount when r.Values.TryGetValue(c.Key, out var v):
                        cells.Number(v, r.Bold ? S.AmountBold : S.Amount);
                        break;
                    case ColumnKind.Amount:
                        cells.Blank(S.Text);
                        break;
                }
            }

            cells.EndRow();
        }

        if (pending)
        {
            row++;
            Row(w, row, (1, "(Tiếp theo ở trang tính sau)", S.Note));
            w.EndSheetData();
            Finish(w, merges, report);
            return (new Layout(HeadingRow), written, true);
        }

        foreach (var note in notes)
        {
            row++;
            Row(w, row, (1, note, S.Note));
        }

        row += 2;
        var (g1, g2, g3) = Thirds(columns);
        var date = signed.Date;
        var dateFrom = columns.Skip(g3 - 1).Sum(c => c.Width) >= 36 ? g3 : g2;
        Row(w, row, (dateFrom, $"{signed.Place}, ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}", S.SignatureHint));
        merges.Add($"{Letter(dateFrom)}{row}:{last}{row}");
        row++;
        Row(w, row, (g1, "Người lập biểu", S.SignatureTitle), (g2, "Kế toán trưởng", S.SignatureTitle), (g3, "Thủ trưởng đơn vị", S.SignatureTitle));
        Merge3(merges, row, g1, g2, g3, n);
        row++;
        Row(w, row, (g1, "(Ký, họ tên)", S.SignatureHint), (g2, "(Ký, họ tên)", S.SignatureHint), (g3, "(Ký, họ tên, đóng dấu)", S.SignatureHint));
        Merge3(merges, row, g1, g2, g3, n);
        w.EndSheetData();
        Finish(w, merges, report);
        return (new Layout(HeadingRow), written, false);
    }

    /// <summary>After the sheet data: merges, print options, margins, A4 page setup fitted to the width, the page-number footer.</summary>
    private static void Finish(CellWriter w, List<string> merges, ReportTable report)
    {
        w.Element(new MergeCells(merges.Where(m => Span(m)).Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count(Span) });
        w.Element(new PrintOptions { HorizontalCentered = true });
        w.Element(new PageMargins { Left = 0.6, Right = 0.4, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        w.Element(new PageSetup
        {
            PaperSize = 9,
            Orientation = report.AmountColumns.Count() > 3 ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        w.Element(new HeaderFooter(new OddFooter("&CTrang &P/&N")));
        w.EndWorksheet();
    }

    /// <summary>The first columns of the three signature groups: the columns split in thirds of the printed width.</summary>
    private static (int, int, int) Thirds(IReadOnlyList<ReportColumn> columns)
    {
        if (columns.Count < 3)
        {
            return (1, 2, 3);
        }

        var total = columns.Sum(c => c.Width);
        int At(double share)
        {
            var sum = 0;
            for (var i = 0; i < columns.Count; i++)
            {
                sum += columns[i].Width;
                if (sum >= total * share)
                {
                    return i + 2;
                }
            }

            return columns.Count;
        }

        var g2 = Math.Min(At(1.0 / 3), columns.Count - 1);
        var g3 = Math.Clamp(At(2.0 / 3), g2 + 1, columns.Count);
        return (1, g2, g3);
    }

    private static void Merge3(List<string> merges, int row, int g1, int g2, int g3, int n)
    {
        merges.Add($"{Letter(g1)}{row}:{Letter(g2 - 1)}{row}");
        merges.Add($"{Letter(g2)}{row}:{Letter(g3 - 1)}{row}");
        merges.Add($"{Letter(g3)}{row}:{Letter(n)}{row}");
    }

    /// <summary>A merge of a single cell is not a merge (Excel repairs the file): leave it out.</summary>
    private static bool Span(string reference)
    {
        var parts = reference.Split(':');
        return parts[0] != parts[1];
    }

    private static void Row(CellWriter w, int row, params (int Column, string Text, uint Style)[] cells) => Row(w, row, null, cells);

    private static void Row(CellWriter w, int row, double? height, params (int Column, string Text, uint Style)[] cells)
    {
        var r = new Row { RowIndex = (uint)row };
        if (height is { } h)
        {
            (r.Height, r.CustomHeight) = (h, true);
        }

        foreach (var (column, text, style) in cells.OrderBy(c => c.Column))
        {
            r.Append(TextCell(Letter(column) + row.ToString(CultureInfo.InvariantCulture), text, style));
        }

        w.Element(r);
    }

    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };

    /// <summary>1 → A, 27 → AA.</summary>
    public static string Letter(int column)
    {
        var s = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            s = (char)('A' + ((c - 1) % 26)) + s;
        }

        return s;
    }
}

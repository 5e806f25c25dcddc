using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartyFinance.Application.Reporting;
using PartyFinance.Testing;
using static PartyFinance.Cli.Tests.Reporting.ReportScenario;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>
/// `report export --consolidated`: each sheet is the view of `report show --consolidated` — every unit's block, then the
/// total — cell for cell, read back from the file and through LibreOffice, on the hand-worked year (VPTU and DU1 under it).
/// </summary>
public sealed class ConsolidatedWorkbookTests
{
    private static readonly string[] Codes = ["trial-balance", "B02-BCTC", "cash-book", "general-ledger", "budget-execution"];

    private static async Task<string> ExportAsync(CliRunner cli)
    {
        var path = cli.File("consolidated.xlsx", string.Empty);
        var export = await cli.JsonAsync("report", "export", "--year", "2025", "--consolidated", "--reports", string.Join(',', Codes), "--out", path, "--place", "Bắc Ninh", "--date", "2026-01-20");
        Assert.Equal(Codes, export.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        return path;
    }

    [Fact]
    public async Task EverySheet_HoldsTheConsolidatedView_UnitByUnitThenTheTotal_AndValidates()
    {
        await using var cli = await BooksAsync();
        var path = await ExportAsync(cli);

        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }

        var sheets = Cells(path);
        Assert.True(await CompareAsync(cli, sheets) > 100);
        Assert.StartsWith("Đơn vị: Văn phòng Tỉnh ủy và các đơn vị trực thuộc (tổng hợp theo đơn vị)", sheets["cash-book"][0][0], StringComparison.Ordinal);
        Assert.Contains(sheets["cash-book"], r => r.Contains("TỔNG CỘNG (2 đơn vị)"));
        Assert.Contains(sheets["cash-book"], r => r.Contains("Đơn vị DU1 — Đảng ủy xã Một"));
    }

    [SofficeFact]
    public async Task LibreOffice_ReadsBackEveryNumber_AsReportShowConsolidatedGivesIt()
    {
        await using var cli = await BooksAsync();
        var path = await ExportAsync(cli);
        Assert.True(await CompareAsync(cli, Workbook.ThroughLibreOffice(path)) > 100);
    }

    [Fact]
    public async Task TheTotalOfTheCashBook_IsTheProvincesCashBook()
    {
        await using var cli = await BooksAsync();
        var sheets = Cells(await ExportAsync(cli));
        var province = await cli.JsonAsync("report", "show", "cash-book", "--year", "2025");
        var closing = province.GetProperty("rows").EnumerateArray().Last(r => r.GetProperty("label").GetString() == "Số dư cuối kỳ").GetProperty("values").GetProperty("balance_debit").GetInt64();
        // VPTU 22.000.000 and DU1 1.000.000 of cash at the end of the year.
        Assert.Equal(23_000_000, closing);
        var last = sheets["cash-book"].Last(r => r.Count > 2 && r[0] == ConsolidateReport.TotalLabel && r[3] == "Số dư cuối kỳ");
        Assert.Equal("23000000", last[7]);
    }

    /// <summary>Every row of every sheet against `report show --consolidated --json`: unit, label and amounts; the number of amounts compared.</summary>
    private static async Task<int> CompareAsync(CliRunner cli, Dictionary<string, List<IReadOnlyList<string>>> sheets)
    {
        var compared = 0;
        foreach (var code in Codes)
        {
            var report = await cli.JsonAsync("report", "show", code, "--year", "2025", "--consolidated");
            var columns = report.GetProperty("columns").EnumerateArray().Select(c => (Key: c.GetProperty("key").GetString()!, Heading: c.GetProperty("heading").GetString()!, Kind: c.GetProperty("kind").GetString()!)).ToList();
            var rows = sheets[code];
            var heading = rows.FindIndex(r => r.Count >= columns.Count && columns.Select((c, i) => r[i] == c.Heading).All(x => x));
            Assert.True(heading >= 0, $"{code}: no heading row");
            foreach (var (row, i) in report.GetProperty("rows").EnumerateArray().Select((r, i) => (r, i)))
            {
                var cells = rows[heading + 1 + i];
                Assert.Equal(row.GetProperty("label").GetString(), cells[columns.FindIndex(c => c.Kind == "label")]);
                var unit = row.TryGetProperty("texts", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("unit", out var u) ? u.GetString() : string.Empty;
                Assert.Equal(unit, cells[0]);
                foreach (var (c, at) in columns.Select((c, at) => (c, at)).Where(x => x.c.Kind == "amount"))
                {
                    var expected = row.GetProperty("values").TryGetProperty(c.Key, out var v) ? v.GetInt64().ToString(CultureInfo.InvariantCulture) : string.Empty;
                    Assert.True(expected == cells[at], $"{code} row {i} {c.Key}: {expected} ≠ {cells[at]}");
                    compared++;
                }
            }
        }

        return compared;
    }

    /// <summary>Each sheet's rows as the cells' texts and numbers (blank cells empty, missing rows empty), as LibreOffice's CSV gives them.</summary>
    private static Dictionary<string, List<IReadOnlyList<string>>> Cells(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var result = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var sheet in wb.Workbook.Sheets!.Elements<Sheet>())
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>())
            {
                while (rows.Count < row.RowIndex!.Value - 1)
                {
                    rows.Add([]);
                }

                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    // A cell without a reference follows the one before it (the writer leaves them out of data rows).
                    var column = cell.CellReference?.Value is { } r ? r.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1)) : cells.Count + 1;
                    while (cells.Count < column - 1)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? string.Empty);
                }

                rows.Add(cells);
            }

            result[sheet.Name!] = rows;
        }

        return result;
    }
}

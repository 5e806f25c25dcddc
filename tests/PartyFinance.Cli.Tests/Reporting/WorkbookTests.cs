using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartyFinance.Testing;
using static PartyFinance.Cli.Tests.Reporting.ReportScenario;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>`report export`: a valid workbook, one sheet per report, in the layout of the forms, whose numbers LibreOffice reads back.</summary>
public sealed class WorkbookTests
{
    private static readonly string GoldenFolder = Path.Combine(RepoPaths.Root, "tests", "PartyFinance.Cli.Tests", "Golden", "reports");

    private static async Task<string> ExportAsync(CliRunner cli, string name, params string[] more)
    {
        var path = cli.File(name, string.Empty);
        await cli.MustSucceedAsync(["report", "export", "--year", "2025", "--out", path, "--place", "Bắc Ninh", "--date", "2026-01-20", .. more]);
        return path;
    }

    [Fact]
    public async Task EveryReport_ForAUnitAndForTheProvince_ValidatesWithZeroErrors()
    {
        await using var cli = await BooksAsync();
        foreach (var path in new[] { await ExportAsync(cli, "unit.xlsx", "--unit", "VPTU"), await ExportAsync(cli, "province.xlsx") })
        {
            using var doc = SpreadsheetDocument.Open(path, false);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            var codes = (await cli.JsonAsync("report", "list")).EnumerateArray().Select(r => r.GetProperty("code").GetString());
            Assert.Equal(codes, doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        }
    }

    [Fact]
    public async Task Amounts_AreNumericCellsWithTheAmountFormat_AndTextLikeAFormulaStaysText()
    {
        await using var cli = await BooksAsync();
        var path = await ExportAsync(cli, "b.xlsx", "--unit", "VPTU", "--reports", "cash-book,B01-BCTC");
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        Assert.Empty(wb.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var formats = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var custom = wb.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value);
        var cells = wb.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).ToList();
        var numbers = cells.Where(c => c.CellValue is not null && c.DataType is null).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, c => Assert.Equal("#,##0;(#,##0)", custom[formats[(int)c.StyleIndex!.Value].NumberFormatId!.Value]));
        Assert.Contains(numbers, c => c.CellValue!.Text == "-10000000");

        var injected = cells.Single(c => c.InnerText.StartsWith("=HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(CellValues.InlineString, injected.DataType!.Value);
        Assert.Equal(CellValues.InlineString, cells.Single(c => c.InnerText == "-Tạm ứng công tác phí").DataType!.Value);
    }

    [Fact]
    public async Task EachSheet_MatchesItsGoldenLayout()
    {
        await using var cli = await BooksAsync();
        var sheets = Workbook.Dump(await ExportAsync(cli, "golden.xlsx", "--unit", "VPTU"));
        var update = Environment.GetEnvironmentVariable("PARTYFINANCE_UPDATE_GOLDEN") == "1";
        foreach (var (name, dump) in sheets)
        {
            var file = Path.Combine(GoldenFolder, name + ".txt");
            if (update)
            {
                Directory.CreateDirectory(GoldenFolder);
                File.WriteAllText(file, dump);
            }

            Assert.True(File.Exists(file), $"golden file {file} is missing (PARTYFINANCE_UPDATE_GOLDEN=1 writes it)");
            Assert.Equal(File.ReadAllText(file), dump);
        }
    }

    [SofficeFact]
    public async Task LibreOffice_ReadsBackEveryNumberOfEveryReport_AsReportShowGivesIt()
    {
        await using var cli = await BooksAsync();
        var path = await ExportAsync(cli, "lo.xlsx");
        var sheets = Workbook.ThroughLibreOffice(path);
        var checkedCells = 0;
        foreach (var code in (await cli.JsonAsync("report", "list")).EnumerateArray().Select(r => r.GetProperty("code").GetString()!))
        {
            var report = await cli.JsonAsync("report", "show", code, "--year", "2025");
            var columns = report.GetProperty("columns").EnumerateArray().Select(c => (Key: c.GetProperty("key").GetString()!, Heading: c.GetProperty("heading").GetString()!, Kind: c.GetProperty("kind").GetString()!)).ToList();
            var rows = sheets[code];
            var heading = rows.FindIndex(r => r.Count >= columns.Count && columns.Select((c, i) => r[i] == c.Heading).All(x => x));
            Assert.True(heading >= 0, $"{code}: no heading row");
            foreach (var (row, i) in report.GetProperty("rows").EnumerateArray().Select((r, i) => (r, i)))
            {
                var cells = rows[heading + 1 + i];
                Assert.Equal(row.GetProperty("label").GetString(), cells[columns.FindIndex(c => c.Kind == "label")]);
                foreach (var (c, at) in columns.Select((c, at) => (c, at)).Where(x => x.c.Kind == "amount"))
                {
                    var expected = row.GetProperty("values").TryGetProperty(c.Key, out var v) ? v.GetInt64().ToString(CultureInfo.InvariantCulture) : string.Empty;
                    Assert.True(expected == cells[at], $"{code} row {i} {c.Key}: {expected} ≠ {cells[at]}");
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 200, checkedCells.ToString(CultureInfo.InvariantCulture));
        Assert.Contains(sheets["cash-book"], r => r.Contains("=HYPERLINK(\"http://x\";\"mua\") văn phòng phẩm"));
    }

    [Fact]
    public async Task Export_OfAnUnknownReport_WritesNoFile()
    {
        await using var cli = await BooksAsync();
        var path = Path.Combine(Path.GetTempPath(), "pf-none-" + Guid.NewGuid().ToString("N") + ".xlsx");
        var (code, _, err) = await cli.RunAsync("report", "export", "--year", "2025", "--reports", "B01-BCTC,B99", "--out", path);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("Không có báo cáo 'B99'", err, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".tmp"));
    }
}

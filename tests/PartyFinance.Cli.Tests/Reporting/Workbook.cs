using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyFinance.Application.Common;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>Reads back an exported workbook: its sheets as a layout dump (for golden files), and through LibreOffice as CSV.</summary>
internal static class Workbook
{
    /// <summary>Every sheet with its print titles, frozen pane, columns, page setup, merges and every cell (style, type, value).</summary>
    public static Dictionary<string, string> Dump(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        var wb = doc.WorkbookPart!;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
        for (var i = 0; i < sheets.Count; i++)
        {
            var ws = ((WorksheetPart)wb.GetPartById(sheets[i].Id!)).Worksheet;
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"sheet {sheets[i].Name}");
            var titles = wb.Workbook.DefinedNames?.Elements<DefinedName>().FirstOrDefault(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == (uint)i);
            text.AppendLine(CultureInfo.InvariantCulture, $"print-titles {titles?.Text}");
            var pane = ws.GetFirstChild<SheetViews>()?.GetFirstChild<SheetView>()?.GetFirstChild<Pane>();
            text.AppendLine(CultureInfo.InvariantCulture, $"frozen {pane?.TopLeftCell} {pane?.State}");
            text.AppendLine("columns " + string.Join(' ', ws.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value.ToString(CultureInfo.InvariantCulture))));
            var page = ws.GetFirstChild<PageSetup>()!;
            text.AppendLine(CultureInfo.InvariantCulture, $"page paper={page.PaperSize} {page.Orientation} fit-width={page.FitToWidth} fit-height={page.FitToHeight}");
            text.AppendLine("merges " + string.Join(' ', ws.Descendants<MergeCell>().Select(m => m.Reference!.Value)));
            foreach (var row in ws.Descendants<Row>())
            {
                // A cell without a reference follows the one before it (the writer leaves them out of data rows).
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } r ? Column(r) : column + 1;
                    var value = cell.DataType?.Value == CellValues.InlineString ? "\"" + cell.InlineString!.InnerText + "\"" : cell.CellValue?.Text is { } v ? "n=" + v : "blank";
                    text.AppendLine(CultureInfo.InvariantCulture, $"{Letter(column)}{row.RowIndex} s={cell.StyleIndex?.Value} {value}");
                }
            }

            result[sheets[i].Name!] = text.ToString();
        }

        return result;
    }

    private static int Column(string reference) => reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));

    private static string Letter(int column)
    {
        var s = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            s = (char)('A' + ((c - 1) % 26)) + s;
        }

        return s;
    }

    /// <summary>Converts every sheet with LibreOffice headless to CSV (numbers unformatted) and returns each sheet's rows.</summary>
    public static Dictionary<string, List<IReadOnlyList<string>>> ThroughLibreOffice(string path)
    {
        var outDir = Directory.CreateTempSubdirectory("pf-lo-").FullName;
        try
        {
            var profile = Directory.CreateTempSubdirectory("pf-lo-profile-").FullName;
            var start = new ProcessStartInfo(Soffice.Path ?? "soffice")
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                    "--outdir", outDir, path,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using (var process = Process.Start(start)!)
            {
                var err = process.StandardError.ReadToEndAsync();
                process.StandardOutput.ReadToEnd();
                Assert.True(process.WaitForExit(120_000), "soffice did not finish in 120 s");
                Assert.True(process.ExitCode == 0, err.Result);
            }

            Directory.Delete(profile, recursive: true);
            var stem = Path.GetFileNameWithoutExtension(path);
            return Directory.GetFiles(outDir, "*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f)[(stem.Length + 1)..], f =>
            {
                using var reader = new CsvReader(File.OpenRead(f));
                var rows = new List<IReadOnlyList<string>>();
                while (reader.ReadRecord() is { } r)
                {
                    rows.Add(r.ToList());
                }

                return rows;
            }, StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}

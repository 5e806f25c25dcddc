using System.Diagnostics;
using System.Globalization;
using OfficeOpenXml;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Reporting;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace PartyFinance.Benchmarks;

/// <summary>
/// The same report (a Sổ cái-shaped table: 4 text and 16 amount columns) written through our writer,
/// EPPlus 4.5.3.3 and SpreadCheetah 1.28, each in its own process so that peak memory is its own.
/// `workbook &lt;rows&gt;` runs the three one after the other and prints a table.
/// </summary>
public static class WorkbookBenchmark
{
    // "table" builds the report and writes nothing: the baseline the writers' figures include.
    private static readonly string[] Writers = ["table", "ours", "epplus", "spreadcheetah"];

    public static int RunAll(int rows)
    {
        Console.WriteLine($"{"writer",-14} {"rows",9} {"cells",11} {"seconds",8} {"CPU s",8} {"peak MB",8} {"file MB",8}");
        foreach (var writer in Writers)
        {
            // The apphost runs itself; under `dotnet x.dll` the host needs the assembly.
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (!Environment.ProcessPath!.EndsWith("PartyFinance.Benchmarks", StringComparison.Ordinal))
            {
                start.ArgumentList.Add(typeof(WorkbookBenchmark).Assembly.Location);
            }

            start.ArgumentList.Add("workbook-one");
            start.ArgumentList.Add(writer);
            start.ArgumentList.Add(rows.ToString(CultureInfo.InvariantCulture));
            using var p = Process.Start(start)!;
            Console.WriteLine(p.StandardOutput.ReadToEnd().TrimEnd());
            p.WaitForExit();
        }

        return 0;
    }

    public static int RunOne(string writer, int rows)
    {
        var table = Table(rows);
        var file = Path.Combine(Path.GetTempPath(), $"pf-bench-{writer}-{Environment.ProcessId}.xlsx");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using (var output = File.Create(file))
        {
            switch (writer)
            {
                case "table":
                    break;
                case "ours":
                    new WorkbookWriter().WriteAsync(output, [table], new SignaturePlace("Bắc Ninh", new DateOnly(2026, 1, 20)), CancellationToken.None).GetAwaiter().GetResult();
                    break;
                case "epplus":
                    Epplus(output, table);
                    break;
                case "spreadcheetah":
                    Cheetah(output, table).GetAwaiter().GetResult();
                    break;
                default:
                    throw new ArgumentException(writer);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var size = new FileInfo(file).Length / 1048576.0;
        File.Delete(file);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{writer,-14} {rows,9} {rows * table.Columns.Count,11} {seconds,8:F2} {cpuSeconds,8:F2} {PeakMegabytes(),8:F0} {size,8:F1}"));
        return 0;
    }

    /// <summary>A general-ledger-shaped report of <paramref name="rows"/> rows, built before the clock starts.</summary>
    public static ReportTable Table(int rows)
    {
        var columns = new List<ReportColumn>
        {
            new("date", "Ngày ghi sổ", ColumnKind.Text, 11), new("number", "Số chứng từ", ColumnKind.Text, 22),
            new("label", "Diễn giải", ColumnKind.Label, 40), new("contra", "TK đối ứng", ColumnKind.Text, 11),
        };
        columns.AddRange(Enumerable.Range(1, 16).Select(i => new ReportColumn("a" + i.ToString(CultureInfo.InvariantCulture), "Cột " + i.ToString(CultureInfo.InvariantCulture), ColumnKind.Amount, 15)));
        var amountKeys = columns.Where(c => c.Kind == ColumnKind.Amount).Select(c => c.Key).ToArray();
        var list = new List<ReportRow>(rows);
        for (var r = 0; r < rows; r++)
        {
            var texts = new Dictionary<string, string>(3, StringComparer.Ordinal)
            {
                ["date"] = "15/03/2025",
                ["number"] = "VPTU/PC/2025/" + r.ToString("000000", CultureInfo.InvariantCulture),
                ["contra"] = "61112",
            };
            var values = new Dictionary<string, long>(amountKeys.Length, StringComparer.Ordinal);
            for (var i = 0; i < amountKeys.Length; i++)
            {
                values[amountKeys[i]] = (r * 7919L % 100_000_000) + i;
            }

            list.Add(new ReportRow(string.Empty, "Chi mua văn phòng phẩm tháng 03", 0, false, texts, values));
        }

        var definition = new ReportDefinition("general-ledger", "S02c-H", "Sổ cái", ReportKind.GeneralLedger, [], [], ["*"], "Kèm theo Thông tư số 24/2024/TT-BTC",
            new DateOnly(2025, 1, 1), null, "benchmark", "V");
        return new ReportTable(definition, 2025, "VPTU", "Văn phòng Tỉnh ủy", "509", "Năm 2025", columns, list, []);
    }

    private static void Epplus(Stream output, ReportTable table)
    {
        using var package = new ExcelPackage();
        var sheet = package.Workbook.Worksheets.Add(table.Definition.Code);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cells[1, c + 1].Value = table.Columns[c].Heading;
        }

        var row = 1;
        foreach (var r in table.Rows)
        {
            row++;
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var col = table.Columns[c];
                var cell = sheet.Cells[row, c + 1];
                if (col.Kind == ColumnKind.Amount)
                {
                    cell.Value = r.Values[col.Key];
                    cell.Style.Numberformat.Format = "#,##0;(#,##0)";
                }
                else
                {
                    cell.Value = col.Kind == ColumnKind.Label ? r.Label : r.Texts[col.Key];
                }
            }
        }

        package.SaveAs(output);
    }

    private static async Task Cheetah(Stream output, ReportTable table)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(output);
        await spreadsheet.StartWorksheetAsync(table.Definition.Code);
        var style = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0;(#,##0)") });
        await spreadsheet.AddRowAsync(table.Columns.Select(c => new Cell(c.Heading)).ToArray());
        var cells = new Cell[table.Columns.Count];
        foreach (var r in table.Rows)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var col = table.Columns[c];
                cells[c] = col.Kind == ColumnKind.Amount ? new Cell(r.Values[col.Key], style) : new Cell(col.Kind == ColumnKind.Label ? r.Label : r.Texts[col.Key]);
            }

            await spreadsheet.AddRowAsync(cells);
        }

        await spreadsheet.FinishAsync();
    }

    /// <summary>Peak resident memory of this process (VmHWM), in MB.</summary>
    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}

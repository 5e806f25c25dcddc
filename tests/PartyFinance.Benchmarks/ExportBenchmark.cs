using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>
/// `export &lt;db&gt; &lt;year&gt; [reports]`: the province's workbook (every report in force, or the listed ones) written through
/// `report export`'s use case into a temporary file, in its own process, with the time, peak memory, sheets and rows.
/// </summary>
public static class ExportBenchmark
{
    public static async Task<int> RunAsync(string dbPath, int year, string? reports)
    {
        var services = await BenchServices.OpenAsync(DatabaseTarget.Parse(dbPath), ImportBenchmark.Units);
        var before = ImportBenchmark.PeakMegabytes();
        var file = Path.Combine(Path.GetTempPath(), $"pf-export-{Environment.ProcessId}.xlsx");
        var codes = reports?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var written = await services.GetRequiredService<ExportReports>().RunAsync(codes, year, null, new SignaturePlace("Bắc Ninh", new DateOnly(year + 1, 1, 20)),
            () => File.Create(file), CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        if (written.IsFailure)
        {
            Console.Error.WriteLine(written.FirstError.Describe());
            return 1;
        }

        var size = new FileInfo(file).Length / 1048576.0;
        File.Delete(file);
        foreach (var r in written.Value)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Table.Definition.Code,-18} {r.Rows,10:N0} rows"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"export {year}: {written.Value.Count} reports, {written.Value.Sum(r => (long)r.Rows):N0} rows, {size:F1} MB in {seconds:F2} s wall, {cpuSeconds:F2} s CPU (both cores); peak memory (VmHWM) {ImportBenchmark.PeakMegabytes()} MB (after opening the books: {before} MB)"));
        return 0;
    }
}

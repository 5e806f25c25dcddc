using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>
/// The ledger's volume benchmark: one million two-line vouchers across 100 units imported into a
/// fresh SQLite file with full validation, then the year's trial balance. Each step is its own
/// process, so the peak memory reported (VmHWM) is the import's alone.
/// </summary>
public static class ImportBenchmark
{
    public const int Units = 100;

    public static int Generate(string file, int count)
    {
        var random = new Random(42);
        using var w = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        w.Write("key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n");
        string[] items = ["6501", "6551", "6701", "6651", "6912"];
        for (var i = 0; i < count; i++)
        {
            var unit = "U" + (i % Units).ToString("000", CultureInfo.InvariantCulture);
            var date = new DateOnly(2025, 1, 1).AddDays(i * 365 / count).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var amount = random.NextInt64(10_000, 50_000_000).ToString(CultureInfo.InvariantCulture);
            var key = "b" + i.ToString(CultureInfo.InvariantCulture);
            if (i % 2 == 0)
            {
                w.Write($"{key},{date},{unit},PC,Chi hoạt động số {i},61112,{amount},,NSNN,{items[i % items.Length]},340-351\n");
                w.Write($"{key},{date},{unit},PC,,1111,,{amount},,,\n");
            }
            else
            {
                w.Write($"{key},{date},{unit},RDT,Rút dự toán số {i},1111,{amount},,,,\n");
                w.Write($"{key},{date},{unit},RDT,,3371,,{amount},,,\n");
            }
        }

        return 0;
    }

    public static async Task<int> ImportAsync(string file, string dbPath)
    {
        var target = DatabaseTarget.Parse(dbPath);
        var services = await BenchServices.OpenAsync(target, Units);

        var clock = Stopwatch.StartNew();
        await using var content = File.OpenRead(file);
        var report = await services.GetRequiredService<ImportVouchers>().RunAsync(new ImportFile(content, Path.GetFileName(file)), BenchServices.Actor, CancellationToken.None);
        clock.Stop();
        if (!report.Succeeded)
        {
            Console.Error.WriteLine($"{report.Errors.Count} errors, first: {report.Errors[0].Describe()}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: {report.Stored:N0} vouchers ({report.Rows:N0} lines) in {clock.Elapsed.TotalSeconds:F1} s; peak memory (VmHWM) {PeakMegabytes()} MB"));
        return 0;
    }

    public static async Task<int> TrialBalanceAsync(string dbPath, int year)
    {
        var queries = new LedgerQueries(DatabaseTarget.Parse(dbPath));
        var times = new List<double>();
        TrialBalance? tb = null;
        for (var i = 0; i < 21; i++)
        {
            var clock = Stopwatch.StartNew();
            tb = TrialBalance.From(year, null, await queries.MovementsAsync(year, null, CancellationToken.None));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var first = times[0];
        times.RemoveAt(0);
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trial balance {year}: first {first:F1} ms, then median {times[times.Count / 2]:F1} ms, max {times[^1]:F1} ms over {times.Count} runs; " +
            $"{tb!.OnBalance.Count} accounts, debit {tb.TotalDebit:N0} = credit {tb.TotalCredit:N0}"));
        return tb.TotalDebit == tb.TotalCredit ? 0 : 1;
    }

    internal static long PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}

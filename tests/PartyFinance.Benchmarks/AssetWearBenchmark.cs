using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>
/// The December wear run at province scale: `asset-generate` writes a register of N assets over 100
/// units (classes of every life, costs from 10 million to 50 billion đồng, mixed funding, in service
/// 2005–2025 with the wear they would have accumulated); `asset-import` takes it over into a new
/// database (opening vouchers included); `asset-wear` runs 2026's wear for the whole province in its
/// own process, so the peak memory reported (VmHWM) is the run's alone.
/// </summary>
public static class AssetWearBenchmark
{
    private const int Units = 100;

    private static readonly (string Class, int Life)[] Classes =
        [("NHA-CAP2", 50), ("NHA-CAP3", 25), ("VKT-KHAC", 10), ("OTO", 15), ("BAN-GHE", 10), ("DIEU-HOA", 8), ("MAY-TINH", 7), ("TB-KHAC", 5), ("PHAN-MEM", 5)];

    public static int Generate(string file, int count)
    {
        var random = new Random(9);
        using var w = new StreamWriter(file, false, new UTF8Encoding(false));
        w.Write("code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian,sector\n");
        for (var i = 0; i < count; i++)
        {
            var (cls, life) = Classes[random.Next(Classes.Length)];
            var cost = random.NextInt64(10_000_000, cls.StartsWith("NHA", StringComparison.Ordinal) ? 50_000_000_000 : 2_000_000_000);
            var year = random.Next(2005, 2026);
            var used = Math.Min(2026 - year, life);
            var worn = Math.Min(cost, cost / life * used);
            var party = random.Next(4) == 0 ? cost / 5 : 0;
            var other = random.Next(10) == 0 ? cost / 10 : 0;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"A{i:000000},Tài sản {i},{cls},U{i % Units:000},{year}-0{random.Next(1, 10)}-15,{cost},{worn},{cost - party - other},{party},{other},purchase,Kho {i % 17},,340-351\n"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count:N0} assets to {file}"));
        return 0;
    }

    public static async Task<int> ImportAsync(string file, string dbPath)
    {
        var services = await BenchServices.OpenAsync(DatabaseTarget.Parse(dbPath), Units);
        var clock = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        var imported = await services.GetRequiredService<ImportAssets>().RunAsync(new ImportFile(stream, Path.GetFileName(file)), new DateOnly(2026, 1, 1), BenchServices.Actor,
            CancellationToken.None);
        if (imported.IsFailure)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, imported.Errors.Take(5).Select(e => e.Describe())));
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"asset import: {imported.Value.Added:N0} assets, {imported.Value.Units.Count} opening vouchers in {clock.Elapsed.TotalSeconds:F1} s; peak memory (VmHWM) {ImportBenchmark.PeakMegabytes()} MB"));
        return 0;
    }

    public static async Task<int> WearAsync(string dbPath, int year)
    {
        var target = DatabaseTarget.Parse(dbPath);
        var services = await BenchServices.OpenAsync(target, Units);
        var before = ImportBenchmark.PeakMegabytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var run = await services.GetRequiredService<RunWear>().RunAsync(year, null, BenchServices.Actor, CancellationToken.None);
        if (run.IsFailure)
        {
            Console.Error.WriteLine(run.FirstError.Describe());
            return 1;
        }

        var r = run.Value;
        var gc = GC.GetGCMemoryInfo();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gc: heap {gc.HeapSizeBytes / 1048576} MB, committed {gc.TotalCommittedBytes / 1048576} MB, gen0 collections {GC.CollectionCount(0)}, gen2 {GC.CollectionCount(2)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"asset wear {year}: {r.Worn:N0} worn, {r.Skipped.Count:N0} skipped, {r.Failed.Count:N0} failed, {r.Vouchers.Count * 2} vouchers, total {r.TotalWear:N0} đ in {clock.Elapsed.TotalSeconds:F2} s (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s); peak memory (VmHWM) {ImportBenchmark.PeakMegabytes()} MB (after opening the books, before the run: {before} MB)"));
        return 0;
    }
}

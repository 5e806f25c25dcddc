using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>
/// `close-year <db> <year>`: the whole province's year-end close (every step of `close year`, the 008
/// step after the settlement-adjustment period) on a database built by `generate` and `import`
/// (100 units; `generate … 1500000` gives 3,000,000 lines), in its own process; prints each step's
/// time, the total and the peak memory (VmHWM). Run it on a copy: the close locks the year.
/// </summary>
public static class CloseYearBenchmark
{
    public static async Task<int> RunAsync(string dbPath, int year)
    {
        var services = await BenchServices.OpenAsync(DatabaseTarget.Parse(dbPath), ImportBenchmark.Units);
        var before = ImportBenchmark.PeakMegabytes();
        var clock = Stopwatch.StartNew();
        var steps = new Timer(clock);
        var closed = await services.GetRequiredService<CloseBooksYear>().RunAsync(year, null, new DateOnly(year + 1, 2, 1), BenchServices.Actor, steps, CancellationToken.None);
        if (closed.IsFailure)
        {
            Console.Error.WriteLine(closed.FirstError.Describe());
            return 1;
        }

        var failed = closed.Value.Steps.Where(s => s.State == CloseStepState.Failed).ToList();
        foreach (var f in failed.Take(3))
        {
            Console.Error.WriteLine($"{f.Unit} {f.Step.Code()}: {f.Detail}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"close year {year}: {closed.Value.Steps.Select(s => s.Unit).Distinct().Count()} units, complete {closed.Value.Complete}, {failed.Count} failed steps, in {clock.Elapsed.TotalSeconds:F1} s; peak memory (VmHWM) {ImportBenchmark.PeakMegabytes()} MB (after opening the books: {before} MB)"));
        return failed.Count == 0 ? 0 : 1;
    }

    private sealed class Timer(Stopwatch clock) : ICloseObserver
    {
        private TimeSpan _start;

        public void Started(CloseStep step, int units) => _start = clock.Elapsed;

        public void Committed(CloseStep step)
        {
        }

        public void Finished(CloseStep step, IReadOnlyList<CloseStepReport> reports) =>
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Code(),-14} {(clock.Elapsed - _start).TotalSeconds,6:F2} s ({reports.Count} units)"));
    }
}

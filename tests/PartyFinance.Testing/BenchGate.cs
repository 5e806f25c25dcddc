using System.Globalization;

namespace PartyFinance.Testing;

/// <summary>One measured figure of `bench run`: a step on a database provider, its wall time and the process's peak memory.</summary>
public sealed record BenchFigure(string Step, string Provider, double Seconds, long PeakMegabytes);

/// <summary>
/// The regression gate of `bench run --quick`: the figures recorded in the repository (a CSV
/// <c>step,provider,seconds,peak_mb</c>) against a run's. A figure regresses when its time or its peak memory is past
/// <see cref="Factor"/> times the recorded value; a step recorded but not measured is a failure too (a step that stopped
/// running must not pass silently); a step measured but not recorded is reported, not failed (record it).
/// A step that leaves the books as it found them and is past the factor is measured again, up to <see cref="Attempts"/>
/// runs in all, and the gate holds the fastest (<see cref="Fastest"/>): one slow run on a busy machine (a PostgreSQL round trip
/// waiting on another process) is noise; a regression is slow every time. Times are held against the recorded ones
/// <see cref="Calibrated"/> to the machine the run is on.
/// </summary>
public static class BenchGate
{
    public const double Factor = 2.0;

    /// <summary>Runs of a step that can be repeated before its figure is held against the recorded one.</summary>
    public const int Attempts = 3;

    /// <summary>The step that measures the machine: Ledger's <c>bal</c> on the run's own journal, a program of fixed work that is not ours.</summary>
    public const string Reference = "ledger-bal";

    /// <summary>
    /// The recorded figures as this machine would have made them: each provider's recorded times scaled by how much
    /// longer (or shorter) <paramref name="measured"/>'s <see cref="Reference"/> took on that provider's journal than the
    /// recorded one. A machine half as fast then fails a step only when it is past twice what the recording machine's
    /// figure becomes at half speed, not merely because the machine is slower. Memory is not scaled. A provider whose
    /// reference has not run yet (or was not recorded) keeps its recorded times.
    /// </summary>
    public static IReadOnlyList<BenchFigure> Calibrated(IReadOnlyList<BenchFigure> recorded, IReadOnlyList<BenchFigure> measured)
    {
        var speeds = recorded.Select(r => r.Provider).Distinct().ToDictionary(p => p, p => Speed(recorded, measured, p));
        return recorded.Select(r => speeds[r.Provider] is { } speed ? r with { Seconds = r.Seconds * speed } : r).ToList();
    }

    /// <summary>Measured over recorded time of <see cref="Reference"/> on <paramref name="provider"/>'s journal; null when either is missing.</summary>
    public static double? Speed(IReadOnlyList<BenchFigure> recorded, IReadOnlyList<BenchFigure> measured, string provider) =>
        recorded.FirstOrDefault(r => r.Step == Reference && r.Provider == provider) is { Seconds: > 0 } r &&
        measured.LastOrDefault(m => m.Step == Reference && m.Provider == provider) is { Seconds: > 0 } m
            ? m.Seconds / r.Seconds
            : null;

    public static IReadOnlyList<BenchFigure> ReadRecorded(string csv)
    {
        var rows = new List<BenchFigure>();
        foreach (var line in csv.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split(',');
            if (f.Length != 4)
            {
                throw new FormatException($"bench figures: '{line}' has {f.Length} fields, expected step,provider,seconds,peak_mb");
            }

            rows.Add(new BenchFigure(f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture), long.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    public static string WriteRecorded(IEnumerable<BenchFigure> figures) =>
        "step,provider,seconds,peak_mb\n" + string.Concat(figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Step},{f.Provider},{f.Seconds:0.###},{f.PeakMegabytes}\n")));

    /// <summary>Every problem with <paramref name="measured"/> against <paramref name="recorded"/>; empty when the run passes.</summary>
    public static IReadOnlyList<string> Regressions(IReadOnlyList<BenchFigure> recorded, IReadOnlyList<BenchFigure> measured)
    {
        var problems = new List<string>();
        foreach (var r in recorded)
        {
            var m = measured.FirstOrDefault(x => x.Step == r.Step && x.Provider == r.Provider);
            if (m is null)
            {
                problems.Add($"{r.Step} ({r.Provider}): recorded but not measured in this run");
                continue;
            }

            if (PastTime(r, m))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Step} ({r.Provider}): {m.Seconds:0.###} s is past {Factor:0.#}× the recorded {r.Seconds:0.###} s"));
            }

            if (PastMemory(r, m))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Step} ({r.Provider}): {m.PeakMegabytes} MB is past {Factor:0.#}× the recorded {r.PeakMegabytes} MB"));
            }
        }

        return problems;
    }

    /// <summary>Whether <paramref name="measured"/> is past the factor of its recorded figure, so a repeatable step is measured again; a step not recorded never is.</summary>
    public static bool Past(IReadOnlyList<BenchFigure> recorded, BenchFigure measured) =>
        recorded.FirstOrDefault(r => r.Step == measured.Step && r.Provider == measured.Provider) is { } r && (PastTime(r, measured) || PastMemory(r, measured));

    /// <summary>The run the gate holds among a step's repeated runs: the fastest (the earliest of equals).</summary>
    public static BenchFigure Fastest(IReadOnlyList<BenchFigure> runs) => runs.Aggregate((best, next) => next.Seconds < best.Seconds ? next : best);

    private static bool PastTime(BenchFigure recorded, BenchFigure measured) => measured.Seconds > recorded.Seconds * Factor;

    private static bool PastMemory(BenchFigure recorded, BenchFigure measured) => measured.PeakMegabytes > recorded.PeakMegabytes * Factor;
}

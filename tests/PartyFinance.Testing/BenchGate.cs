using System.Globalization;

namespace PartyFinance.Testing;

/// <summary>One measured figure of `bench run`: a step on a database provider, its wall time and the process's peak memory.</summary>
public sealed record BenchFigure(string Step, string Provider, double Seconds, long PeakMegabytes);

/// <summary>
/// The regression gate of `bench run --quick`: the figures recorded in the repository (a CSV
/// <c>step,provider,seconds,peak_mb</c>) against a run's. A figure regresses when its time or its peak memory is past
/// <see cref="Factor"/> times the recorded value; a step recorded but not measured is a failure too (a step that stopped
/// running must not pass silently); a step measured but not recorded is reported, not failed (record it).
/// </summary>
public static class BenchGate
{
    public const double Factor = 2.0;

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

            if (m.Seconds > r.Seconds * Factor)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Step} ({r.Provider}): {m.Seconds:0.###} s is past {Factor:0.#}× the recorded {r.Seconds:0.###} s"));
            }

            if (m.PeakMegabytes > r.PeakMegabytes * Factor)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Step} ({r.Provider}): {m.PeakMegabytes} MB is past {Factor:0.#}× the recorded {r.PeakMegabytes} MB"));
            }
        }

        return problems;
    }
}

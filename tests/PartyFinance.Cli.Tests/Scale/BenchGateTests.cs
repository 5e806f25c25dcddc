using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Scale;

/// <summary>The `bench run --quick` regression gate: past twice a recorded figure fails, within it passes.</summary>
public class BenchGateTests
{
    private const string Recorded = "step,provider,seconds,peak_mb\n# a comment\nimport,sqlite,10,300\ntrial-balance-year,sqlite,0.2,80\n";

    [Fact]
    public void WithinTwiceTheRecordedFiguresPasses()
    {
        var recorded = BenchGate.ReadRecorded(Recorded);
        Assert.Equal(2, recorded.Count);
        Assert.Empty(BenchGate.Regressions(recorded, [new("import", "sqlite", 20, 600), new("trial-balance-year", "sqlite", 0.1, 40), new("new-step", "sqlite", 99, 999)]));
    }

    [Fact]
    public void PastTwiceTheRecordedTimeOrMemoryFails_AndSoDoesAStepThatStoppedRunning()
    {
        var recorded = BenchGate.ReadRecorded(Recorded);
        var slow = BenchGate.Regressions(recorded, [new("import", "sqlite", 20.01, 300), new("trial-balance-year", "sqlite", 0.2, 161)]);
        Assert.Equal(2, slow.Count);
        Assert.Contains(slow, p => p.StartsWith("import (sqlite): 20.01 s", StringComparison.Ordinal));
        Assert.Contains(slow, p => p.StartsWith("trial-balance-year (sqlite): 161 MB", StringComparison.Ordinal));
        var missing = Assert.Single(BenchGate.Regressions(recorded, [new("import", "sqlite", 1, 1)]));
        Assert.Contains("not measured", missing, StringComparison.Ordinal);
        Assert.Single(BenchGate.Regressions(recorded, [new("import", "postgres", 1, 1), new("trial-balance-year", "sqlite", 0.1, 1)]));
    }

    [Fact]
    public void ARunPastTheFactor_IsMeasuredAgain_AndTheFastestRunIsHeld()
    {
        var recorded = BenchGate.ReadRecorded(Recorded);
        Assert.True(BenchGate.Past(recorded, new("import", "sqlite", 20.01, 300)));
        Assert.True(BenchGate.Past(recorded, new("trial-balance-year", "sqlite", 0.1, 161)));
        Assert.False(BenchGate.Past(recorded, new("import", "sqlite", 20, 600)));
        Assert.False(BenchGate.Past(recorded, new("import", "postgres", 99, 9999)));
        Assert.False(BenchGate.Past(recorded, new("new-step", "sqlite", 99, 9999)));

        BenchFigure[] runs = [new("import", "sqlite", 25, 300), new("import", "sqlite", 12, 310), new("import", "sqlite", 12, 320), new("import", "sqlite", 19, 290)];
        Assert.Equal(runs[1], BenchGate.Fastest(runs));
        Assert.Empty(BenchGate.Regressions(recorded, [BenchGate.Fastest(runs), new("trial-balance-year", "sqlite", 0.1, 40)]));
        Assert.Single(BenchGate.Regressions(recorded, [BenchGate.Fastest([runs[0], new("import", "sqlite", 21, 300)]), new("trial-balance-year", "sqlite", 0.1, 40)]));
    }

    [Fact]
    public void OnAMachineThatRunsLedgerSlower_TheRecordedTimesAreHeldAsSlower_ButNotTheMemory()
    {
        var recorded = BenchGate.ReadRecorded(Recorded + "ledger-bal,sqlite,1.5,364\nledger-bal,postgres,2,364\nimport,postgres,10,300\n");
        Assert.Null(BenchGate.Speed(recorded, [new("import", "sqlite", 1, 1)], "sqlite"));
        Assert.Equal(recorded, BenchGate.Calibrated(recorded, [new("import", "sqlite", 1, 1)]));

        // This machine ran Ledger 1.8× slower on the SQLite journal and 0.5× on PostgreSQL's.
        BenchFigure[] measured = [new("ledger-bal", "sqlite", 2.7, 364), new("ledger-bal", "postgres", 1, 364)];
        Assert.Equal(1.8, BenchGate.Speed(recorded, measured, "sqlite")!.Value, 9);
        var calibrated = BenchGate.Calibrated(recorded, measured);
        Assert.Equal(18, calibrated.Single(f => f is { Step: "import", Provider: "sqlite" }).Seconds, 9);
        Assert.Equal(5, calibrated.Single(f => f is { Step: "import", Provider: "postgres" }).Seconds, 9);
        Assert.Equal(300, calibrated.Single(f => f is { Step: "import", Provider: "sqlite" }).PeakMegabytes);

        // 30 s on SQLite is within twice 18 s; 11 s on PostgreSQL is past twice 5 s; memory keeps its recorded limit.
        BenchFigure[] run = [.. measured, new("import", "sqlite", 30, 300), new("trial-balance-year", "sqlite", 0.3, 601), new("import", "postgres", 11, 300)];
        var problems = BenchGate.Regressions(calibrated, run);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("import (postgres): 11 s", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("trial-balance-year (sqlite): 601 MB", StringComparison.Ordinal));
        // Held to the uncalibrated figures, the slower machine's 30 s would fail.
        Assert.Contains(BenchGate.Regressions(recorded, run), p => p.StartsWith("import (sqlite): 30 s", StringComparison.Ordinal));
    }

    [Fact]
    public void RecordedFiguresRoundTripAndAMalformedRowIsRefused()
    {
        var figures = new[] { new BenchFigure("import", "sqlite", 12.345, 456) };
        Assert.Equal(figures, BenchGate.ReadRecorded(BenchGate.WriteRecorded(figures)));
        Assert.Throws<FormatException>(() => BenchGate.ReadRecorded("step,provider,seconds,peak_mb\nimport,sqlite,1\n"));
    }
}

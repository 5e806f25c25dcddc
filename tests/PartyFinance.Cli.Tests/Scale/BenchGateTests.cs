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
    public void RecordedFiguresRoundTripAndAMalformedRowIsRefused()
    {
        var figures = new[] { new BenchFigure("import", "sqlite", 12.345, 456) };
        Assert.Equal(figures, BenchGate.ReadRecorded(BenchGate.WriteRecorded(figures)));
        Assert.Throws<FormatException>(() => BenchGate.ReadRecorded("step,provider,seconds,peak_mb\nimport,sqlite,1\n"));
    }
}

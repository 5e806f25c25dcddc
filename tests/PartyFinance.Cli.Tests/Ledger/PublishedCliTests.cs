using System.Diagnostics;
using System.Reflection.PortableExecutable;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>
/// The published command-line tool (ReadyToRun, what the README tells users to run and `bench run` measures) is precompiled
/// and prints the same trial balance, byte for byte, as the plain build on the same books.
/// </summary>
public class PublishedCliTests
{
    [PublishedCliFact]
    public void PublishedTool_IsPrecompiled()
    {
        foreach (var assembly in new[] { "partyfinance.dll", "PartyFinance.Infrastructure.dll", "System.CommandLine.dll" })
        {
            using var pe = new PEReader(File.OpenRead(Path.Combine(Path.GetDirectoryName(CliBuilds.Published)!, assembly)));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, assembly + " has no ReadyToRun code");
        }
    }

    [PublishedCliFact]
    public async Task PublishedTool_PrintsTheSameTrialBalance_AsThePlainBuild()
    {
        var db = Path.Combine(Path.GetTempPath(), $"pf-published-{Guid.NewGuid():N}.db");
        try
        {
            var generated = await RunAsync(CliBuilds.Built, "--db", db, "demo", "generate", "--units", "2", "--vouchers", "400", "--assets", "20", "--year", "2025", "--seed", "4");
            Assert.Equal(0, generated.Code);
            string[][] reports =
            [
                ["ledger", "trial-balance", "--year", "2025"],
                ["ledger", "trial-balance", "--month", "2025-06", "--json"],
                ["ledger", "trial-balance", "--from", "2025-03-05", "--to", "2025-07-20", "--format", "csv"],
                ["ledger", "trial-balance", "--year", "2025", "--unit", "VPTU", "--format", "csv"],
                ["ledger", "trial-balance", "--year", "2025", "--unit", "NOPE"],
            ];
            foreach (var report in reports)
            {
                var plain = await RunAsync(CliBuilds.Built, ["--db", db, .. report]);
                var published = await RunAsync(CliBuilds.Published, ["--db", db, .. report]);
                Assert.Equal(plain, published);
            }

            var year = await RunAsync(CliBuilds.Published, "--db", db, "ledger", "trial-balance", "--year", "2025");
            Assert.Equal(0, year.Code);
            Assert.Contains("BẢNG CÂN ĐỐI SỐ PHÁT SINH", year.Out, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}

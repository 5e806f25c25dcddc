using System.Diagnostics;
using Microsoft.Data.Sqlite;
using PartyFinance.Cli.Tests.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Tests.Faults;

/// <summary>
/// Kill tests beyond imports and the year-end close: the CLI as its own process, killed at a chosen moment
/// (PARTYFINANCE_TEST_KILL_AT), then run again. `asset wear` killed as it commits, or just after, ends
/// exactly as an uninterrupted run; `report export` killed half-way through the workbook, or just before it
/// is moved into place, leaves the workbook that was there before — never half of the new one.
/// </summary>
public sealed class KillTests
{
    [Theory]
    [InlineData(KillSwitch.BeforeCommit)]
    [InlineData(KillSwitch.AfterCommit)]
    public async Task AssetWear_KilledAtItsCommit_AndRunAgain_EndsAsAnUninterruptedRun(string moment)
    {
        await using var cli = await CloseYearCliTests.SetUpAsync();
        var folder = Directory.CreateTempSubdirectory("pf-kill-wear-").FullName;
        try
        {
            string[] wear = ["--by", "ketoan", "--json", "asset", "wear", "--year", "2026"];
            var reference = CloseYearCliTests.Copy(cli.Db.Target.Display, folder, "reference.db");
            var uninterrupted = await ChildAsync(reference, null, wear);
            Assert.True(uninterrupted.Code == 0, uninterrupted.Err);
            var expected = CloseYearCliTests.Snapshot(reference);
            Assert.NotEqual(CloseYearCliTests.Snapshot(cli.Db.Target.Display), expected); // the run does post wear

            var db = CloseYearCliTests.Copy(cli.Db.Target.Display, folder, moment + ".db");
            var killed = await ChildAsync(db, moment, wear);
            Assert.NotEqual(0, killed.Code);
            Assert.Equal(moment == KillSwitch.BeforeCommit ? CloseYearCliTests.Snapshot(cli.Db.Target.Display) : expected, CloseYearCliTests.Snapshot(db));

            var rerun = await ChildAsync(db, null, wear);
            Assert.True(rerun.Code == 0, rerun.Err);
            Assert.Equal(expected, CloseYearCliTests.Snapshot(db));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("export-partial")]
    [InlineData("export-written")]
    public async Task ReportExport_Killed_LeavesTheOldWorkbookUnderItsName_AndARerunReplacesIt(string moment)
    {
        var folder = Directory.CreateTempSubdirectory("pf-kill-export-").FullName;
        try
        {
            var db = Path.Combine(folder, "demo.db");
            var seeded = await ChildAsync(db, null, ["demo", "seed"]);
            Assert.True(seeded.Code == 0, seeded.Err);
            var target = Path.Combine(folder, "bao-cao.xlsx");
            var old = "sổ cũ, không được ghi đè nửa chừng"u8.ToArray();
            await File.WriteAllBytesAsync(target, old);
            string[] export = ["--by", "ketoan", "report", "export", "--year", "2025", "--out", target];

            var killed = await ChildAsync(db, moment, export);

            Assert.NotEqual(0, killed.Code);
            Assert.Equal(old, await File.ReadAllBytesAsync(target));
            Assert.Equal([target, target + ".tmp"], Directory.GetFiles(folder, "bao-cao*").Order(StringComparer.Ordinal));

            var rerun = await ChildAsync(db, null, export);
            Assert.True(rerun.Code == 0, rerun.Err);
            var workbook = await File.ReadAllBytesAsync(target);
            Assert.True(workbook.Length > 1 << 16, $"the workbook has {workbook.Length} bytes: too small to be killed half-way");
            Assert.Equal("PK"u8.ToArray(), workbook[..2]); // a whole zip package
            Assert.Equal([target], Directory.GetFiles(folder, "bao-cao*"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ARefusedExport_LeavesNoTemporaryFileAndTheOldWorkbook()
    {
        var folder = Directory.CreateTempSubdirectory("pf-export-refused-").FullName;
        try
        {
            var db = Path.Combine(folder, "demo.db");
            Assert.Equal(0, (await ChildAsync(db, null, ["demo", "seed"])).Code);
            var target = Path.Combine(folder, "bao-cao.xlsx");
            await File.WriteAllTextAsync(target, "cũ");

            var refused = await ChildAsync(db, null, ["--by", "ketoan", "report", "export", "--year", "2025", "--unit", "KHONGCO", "--out", target]);

            Assert.Equal(ExitCodes.Refused, refused.Code);
            Assert.Equal("cũ", await File.ReadAllTextAsync(target));
            Assert.Equal([target], Directory.GetFiles(folder, "bao-cao*"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static async Task<(int Code, string Out, string Err)> ChildAsync(string db, string? killAt, string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])[CloseYearCliTests.CliDll, "--db", db, .. args])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove(KillSwitch.Variable);
        if (killAt is not null)
        {
            start.Environment[KillSwitch.Variable] = killAt;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}

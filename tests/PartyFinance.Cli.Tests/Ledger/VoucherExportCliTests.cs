using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>`voucher export`: the year's vouchers in the format of `voucher import`, so importing them into fresh books gives the same books.</summary>
public class VoucherExportCliTests
{
    private static readonly string[] Small = ["demo", "generate", "--units", "8", "--vouchers", "700", "--assets", "120", "--year", "2025", "--seed", "3"];

    [Fact]
    public Task ExportImportedIntoFreshBooks_GivesTheSameBooks_Sqlite() => RoundTripAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task ExportImportedIntoFreshBooks_GivesTheSameBooks_Postgres() => RoundTripAsync(DatabaseProvider.Postgres);

    [Fact]
    public async Task ExportOfOneUnit_HoldsOnlyItsVouchers_AndAnUnknownUnitIsRefusedInVietnamese()
    {
        await using var source = await CliRunner.StartAsync(initialise: false, actor: null);
        await source.JsonAsync(Small);
        var file = source.File("vptu.csv", string.Empty);
        var exported = await source.JsonAsync("voucher", "export", "--year", "2025", "--unit", "VPTU", "--out", file);
        var rows = File.ReadAllLines(file);
        Assert.Equal("key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,program,counterparty", rows[0]);
        Assert.Equal(exported.GetProperty("lines").GetInt32(), rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal("VPTU", r.Split(',')[2]));
        var listed = (await source.JsonAsync("voucher", "list", "--unit", "VPTU", "--year", "2025")).GetArrayLength();
        Assert.Equal(listed, exported.GetProperty("vouchers").GetInt32());

        var text = await source.MustSucceedAsync("voucher", "export", "--year", "2025", "--unit", "VPTU", "--out", file);
        Assert.Equal($"Đã ghi {file}: {VietnameseFormat.Number(listed)} chứng từ, {VietnameseFormat.Number(rows.Length - 1)} dòng.", text.Trim());

        var (code, _, err) = await source.RunAsync("voucher", "export", "--year", "2025", "--unit", "KHONGCO", "--out", file + ".x");
        Assert.Equal(1, code);
        Assert.Contains("KHONGCO", err, StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".x"));
    }

    private static async Task RoundTripAsync(DatabaseProvider provider)
    {
        await using var source = await CliRunner.StartAsync(provider, initialise: false, actor: null);
        await source.JsonAsync(Small);
        var file = source.File("vouchers.csv", string.Empty);
        var exported = await source.JsonAsync("voucher", "export", "--year", "2025", "--out", file);
        Assert.True(exported.GetProperty("vouchers").GetInt32() > 700, "the estimates, salaries, cycles, the register's opening vouchers and its movements");

        await using var fresh = await CliRunner.StartAsync(provider, initialise: false, actor: null);
        var units = fresh.File("units.csv", await source.MustSucceedAsync("unit", "list", "--format", "csv"));
        var opening = fresh.File("opening.csv", await ImportRoundTrip.OpeningCsvAsync(source.Db.Target, 2025, CancellationToken.None));
        foreach (var command in ImportRoundTrip.PrepareCommands(units, opening))
        {
            await fresh.MustSucceedAsync(command);
        }

        var imported = await fresh.JsonAsync("--by", ImportRoundTrip.Accountant, "voucher", "import", file);
        Assert.Equal(exported.GetProperty("vouchers").GetInt32(), imported.GetProperty("stored").GetInt32());

        // The same books: the trial balance of the province and of each unit, every voucher's number, key, date and amount, the file itself.
        Assert.Equal((await source.JsonAsync("ledger", "trial-balance", "--year", "2025")).GetRawText(), (await fresh.JsonAsync("ledger", "trial-balance", "--year", "2025")).GetRawText());
        foreach (var unit in (await source.JsonAsync("unit", "list")).EnumerateArray().Select(u => u.GetProperty("code").GetString()!))
        {
            Assert.Equal((await source.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", unit)).GetRawText(),
                (await fresh.JsonAsync("ledger", "trial-balance", "--year", "2025", "--unit", unit)).GetRawText());
        }

        Assert.Equal((await source.JsonAsync("voucher", "list", "--year", "2025")).GetRawText(), (await fresh.JsonAsync("voucher", "list", "--year", "2025")).GetRawText());
        var again = fresh.File("again.csv", string.Empty);
        await fresh.JsonAsync("voucher", "export", "--year", "2025", "--out", again);
        Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(again));

        // Importing the file again stores nothing: every key is posted with the same content.
        var twice = await fresh.JsonAsync("--by", ImportRoundTrip.Accountant, "voucher", "import", file);
        Assert.Equal((0, imported.GetProperty("stored").GetInt32()), (twice.GetProperty("stored").GetInt32(), twice.GetProperty("skipped").GetInt32()));
    }
}

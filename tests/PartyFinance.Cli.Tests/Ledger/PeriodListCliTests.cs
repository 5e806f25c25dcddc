namespace PartyFinance.Cli.Tests.Ledger;

/// <summary>`period list` and the lock rule that a unit's books exist only while the unit does.</summary>
public sealed class PeriodListCliTests
{
    private const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,
        BDV,Ban Dân vận Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2025-02-28,BTGDV
        BTGDV,Ban Tuyên giáo và Dân vận Tỉnh ủy,party-agency,VPTU,509,2025-03-01,,
        """;

    [Fact]
    public async Task PeriodList_ShowsEachMonthAUnitExisted_WithItsLockAndLastChange()
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        Assert.Equal(0, (await cli.RunAsync("period", "lock", "--unit", "BDV", "--month", "2025-01")).Code);
        Assert.Equal(0, (await cli.RunAsync("period", "lock", "--unit", "BDV", "--month", "02/2025")).Code);
        Assert.Equal(0, (await cli.RunAsync("period", "unlock", "--unit", "BDV", "--month", "2025-02", "--reason", "Sửa chứng từ")).Code);

        var rows = (await cli.JsonAsync("period", "list", "--unit", "BDV", "--year", "2025")).EnumerateArray().ToList();
        Assert.Equal(["2025-01", "2025-02"], rows.Select(r => r.GetProperty("month").GetString()));
        Assert.Equal([true, false], rows.Select(r => r.GetProperty("locked").GetBoolean()));
        Assert.Equal(("unlock", "Sửa chứng từ"), (rows[1].GetProperty("last_action").GetString(), rows[1].GetProperty("reason").GetString()));

        var all = (await cli.JsonAsync("period", "list", "--year", "2025")).EnumerateArray().ToList();
        Assert.Equal(10, all.Count(r => r.GetProperty("unit").GetString() == "BTGDV"));
        Assert.Equal(12, all.Count(r => r.GetProperty("unit").GetString() == "VPTU"));
        var text = (await cli.RunAsync("period", "list", "--unit", "BDV", "--year", "2025")).Out;
        Assert.Contains("01/2025  đã khóa", text, StringComparison.Ordinal);
        Assert.Contains("mở khóa sổ bởi ketoan", text, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, (await cli.RunAsync("period", "list", "--unit", "KHONGCO")).Code);
    }

    [Theory]
    [InlineData("BDV", "2025-03")]
    [InlineData("BTGDV", "2025-02")]
    public async Task LockingAMonthWhenTheUnitDidNotExist_IsRefused(string unit, string month)
    {
        await using var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        var (code, _, err) = await cli.RunAsync("period", "lock", "--unit", unit, "--month", month);
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("[ledger.period-outside-unit-life]", err, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("period", "lock", "--unit", unit, "--month", unit == "BDV" ? "2025-02" : "2025-03")).Code);
    }
}

namespace PartyFinance.Cli.Tests.Budgeting;

/// <summary>`budget status` without `--unit` covers the whole province, unit by unit; an unknown unit is refused.</summary>
public sealed class BudgetStatusProvinceCliTests
{
    [Fact]
    public async Task WithoutUnit_EveryUnitsLinesAreListed_AndEachUnitMatchesItsOwnReport()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);
        var (seeded, _, err) = await cli.RunAsync("demo", "seed");
        Assert.True(seeded == 0, err);

        var province = (await cli.JsonAsync("budget", "status", "--year", "2025")).EnumerateArray().ToList();
        var units = province.Select(r => r.GetProperty("unit").GetString()).Distinct().ToList();
        Assert.True(units.Count > 3, string.Join(",", units));
        var vptu = (await cli.JsonAsync("budget", "status", "--unit", "VPTU", "--year", "2025")).EnumerateArray().ToList();
        Assert.NotEmpty(vptu);
        Assert.Equal(vptu.Select(r => r.GetProperty("available").GetInt64()),
            province.Where(r => r.GetProperty("unit").GetString() == "VPTU").Select(r => r.GetProperty("available").GetInt64()));

        var (code, _, refused) = await cli.RunAsync("budget", "status", "--unit", "KHONGCO", "--year", "2025");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("KHONGCO", refused, StringComparison.Ordinal);
    }
}

using System.Globalization;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Authority;

public sealed class AuthorityCommandTests
{
    private const string Header = "rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis,min_value,max_value,decider,requires_opinion,citation";

    [Fact]
    public async Task ImportingTheShippedFile_StoresBothRuleSetsWithTheirDates()
    {
        await using var cli = await AuthorityCli.CreateAsync();

        var sets = (await cli.JsonAsync("authority", "list")).EnumerateArray().ToList();

        Assert.Equal(
            [("Bắc Ninh 332-QĐ/TU", "2022-01-01", "2025-06-30", 67), ("Bắc Ninh (sau hợp nhất) — mẫu", "2025-07-01", (string?)null, 67)],
            sets.Select(s => (s.GetProperty("name").GetString(), s.GetProperty("effective_from").GetString(), s.GetProperty("effective_to").GetString(), s.GetProperty("rules").GetInt32())));
    }

    [Theory]
    [InlineData(99_999_999, "unit-head")]
    [InlineData(100_000_000, "office-chief")]
    [InlineData(100_000_001, "office-chief")]
    [InlineData(499_999_999, "office-chief")]
    [InlineData(500_000_000, "standing-board")]
    [InlineData(999_999_999, "standing-board")]
    [InlineData(1_000_000_000, "standing-committee")]
    public async Task Decide_AtEachBandEdgeOfThe332Purchases_NamesThatBandsDecider(long value, string decider)
    {
        await using var cli = await AuthorityCli.CreateAsync();

        var answer = await cli.JsonAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "BTG",
            "--value", value.ToString(CultureInfo.InvariantCulture), "--date", "2024-03-01");

        Assert.Equal(decider, answer.GetProperty("decider").GetString());
        Assert.Equal(("Bắc Ninh 332-QĐ/TU", "332-QĐ/TU"), (answer.GetProperty("rule_set").GetString(), answer.GetProperty("decision_no").GetString()));
        Assert.Contains("mẫu, chưa đối chiếu", answer.GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_AfterTheMerger_UsesTheRuleSetInForceOnThatDate()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        string[] ask = ["authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "BTG", "--value", "150000000"];

        var before = await cli.JsonAsync([.. ask, "--date", "2025-06-30"]);
        var after = await cli.JsonAsync([.. ask, "--date", "2025-07-01"]);

        Assert.Equal(("office-chief", "Bắc Ninh 332-QĐ/TU"), (before.GetProperty("decider").GetString(), before.GetProperty("rule_set").GetString()));
        Assert.Equal(("unit-head", "Bắc Ninh (sau hợp nhất) — mẫu"), (after.GetProperty("decider").GetString(), after.GetProperty("rule_set").GetString()));
    }

    [Fact]
    public async Task Decide_SellingPremises_ReportsTheRequiredOpinion()
    {
        await using var cli = await AuthorityCli.CreateAsync();

        var answer = await cli.JsonAsync("authority", "decide", "--action", "sell", "--asset-class", "premises-land", "--unit", "BTG", "--value", "1");

        Assert.Equal(("standing-committee", "UBND tỉnh"), (answer.GetProperty("decider").GetString(), answer.GetProperty("requires_opinion").GetString()));
    }

    [Fact]
    public async Task Decide_WithNoMatchingRule_IsRefusedNeverAllowed()
    {
        await using var cli = await AuthorityCli.CreateAsync();

        var (code, output, error) = await cli.RunAsync("authority", "decide", "--action", "sell", "--asset-class", "car", "--basis", "per-package", "--unit", "BTG", "--value", "1000", "--json");
        var (noSet, _, noSetError) = await cli.RunAsync("authority", "decide", "--action", "spend", "--unit", "BTG", "--value", "1000");

        Assert.Equal((1, string.Empty), (code, output));
        Assert.Contains("[authority.no-rule]", error, StringComparison.Ordinal);
        Assert.Equal(1, noSet);
        Assert.Contains("cho hành động chi tiêu", noSetError, StringComparison.Ordinal);
        Assert.Contains("[authority.no-rule-set]", noSetError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--action", "buy")]
    [InlineData("--basis", "per-box")]
    [InlineData("--date", "2024/03/01")]
    public async Task Decide_WithAMeaninglessOptionValue_IsAUsageError(string option, string value)
    {
        await using var cli = await AuthorityCli.CreateAsync();
        var args = new Dictionary<string, string> { ["--action"] = "purchase", ["--asset-class"] = "other", ["--unit"] = "BTG", ["--value"] = "1", [option] = value };

        var (code, _, error) = await cli.RunAsync(["authority", "decide", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_ForAnUnknownUnit_IsRefusedNamingTheUnitField()
    {
        await using var cli = await AuthorityCli.CreateAsync();

        var (code, _, error) = await cli.RunAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "NOPE", "--value", "1");

        Assert.Equal(1, code);
        Assert.Contains("Trường unit", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingAGappedAndOverlappingFile_IsRefusedWithEveryConflict_AndStoresNothing()
    {
        await using var cli = await AuthorityCli.CreateAsync(importRules: false);
        var set = "Thử,Ban Thường vụ,1-QĐ/TU,2021-12-27,2022-01-01,,";
        var file = cli.WriteFile("bad.csv", string.Join('\n',
            Header,
            $"{set}purchase,other,any,any,per-asset,0,100,unit-head,,Điều 1",
            $"{set}purchase,other,any,any,per-asset,200,,office-chief,,Điều 2",
            $"{set}sell,other,any,any,per-asset,0,500,unit-head,,Điều 3",
            $"{set}sell,other,any,any,per-asset,400,,office-chief,,Điều 4"));

        var (code, _, error) = await cli.RunAsync("authority", "import", file);

        Assert.Equal(1, code);
        Assert.Contains("[authority.rule-gap]", error, StringComparison.Ordinal);
        Assert.Contains("[authority.rule-overlap]", error, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("authority", "list")).EnumerateArray());
    }

    [Fact]
    public async Task ReimportingTheSameFile_ReplacesTheSetsInsteadOfDuplicatingThem()
    {
        await using var cli = await AuthorityCli.CreateAsync();

        await cli.MustSucceedAsync("authority", "import", AuthorityCli.ShippedRules);

        Assert.Equal([67, 67], (await cli.JsonAsync("authority", "list")).EnumerateArray().Select(s => s.GetProperty("rules").GetInt32()));
    }

    [PostgresFact]
    public Task ImportAndDecide_WorkTheSameOnPostgres() => ImportAndDecide_WorkTheSameOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task ImportAndDecide_WorkTheSameOnSqlServer() => ImportAndDecide_WorkTheSameOn(DatabaseProvider.SqlServer);

    private async Task ImportAndDecide_WorkTheSameOn(DatabaseProvider provider)
    {
        await using var cli = await AuthorityCli.CreateAsync(provider);

        var answer = await cli.JsonAsync("authority", "decide", "--action", "purchase", "--asset-class", "other", "--unit", "BTG", "--value", "500000000");

        Assert.Equal("standing-board", answer.GetProperty("decider").GetString());
    }
}

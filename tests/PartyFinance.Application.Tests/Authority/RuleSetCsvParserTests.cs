using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Tests.Authority;

public class RuleSetCsvParserTests
{
    private const string Header = "rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis,min_value,max_value,decider,requires_opinion,citation";
    private const string Set = "Thử,BTV Tỉnh ủy,1-QĐ/TU,2021-12-27,2022-01-01,2025-06-30";

    private static PartyFinance.Domain.Common.Result<IReadOnlyList<RuleSet>> Parse(string csv) => RuleSetCsvParser.Parse(new StringReader(csv));

    [Fact]
    public void Parse_ValidFile_ReturnsRuleSetWithTypedRules()
    {
        var result = Parse($"""
            {Header},spending_kind
            {Set},purchase,other,party-agency,state-budget,per-asset,0,100000000,unit-head,,"Điều 5, khoản 1",
            {Set},purchase,other,party-agency,state-budget,per-asset,100000000,,office-chief,UBND tỉnh,Điều 4,any
            {Set},spend,any,any,any,per-package,0,,unit-head,,Điều 6,recurring
            """);

        var set = Assert.Single(result.Value);
        Assert.Equal(("Thử", "1-QĐ/TU", new DateOnly(2022, 1, 1), (DateOnly?)new DateOnly(2025, 6, 30)), (set.Name, set.DecisionNo, set.EffectiveFrom, set.EffectiveTo));
        Assert.Equal(3, set.Rules.Count);
        Assert.Equal((2, 100_000_000L, "Điều 5, khoản 1", (string?)null), (set.Rules[0].Row, set.Rules[0].MaxValue, set.Rules[0].Citation, set.Rules[0].RequiresOpinion));
        Assert.Equal((null, "UBND tỉnh", Decider.OfficeChief), (set.Rules[1].MaxValue, set.Rules[1].RequiresOpinion, set.Rules[1].Decider));
        Assert.Equal((SpendingKind.Recurring, (PartyFinance.Domain.Organisation.UnitKind?)null), (set.Rules[2].SpendingKind, set.Rules[2].UnitKind));
    }

    [Fact]
    public void Parse_WhenManyCellsAreBad_ListsEveryErrorWithRowAndColumn()
    {
        var result = Parse($"""
            {Header}
            {Set},buy,other,any,any,per-asset,0,,unit-head,,Điều 5
            {Set},purchase,boat,any,any,per-asset,1.0,,unit-head,,Điều 5
            Thử,BTV Tỉnh ủy,1-QĐ/TU,27.12.2021,2022-01-01,,sell,car,any,any,per-asset,0,,mayor,,
            """);

        var found = result.Errors.Select(e => (e.Row, e.Field, e.Code)).ToList();
        Assert.Equal(
            [
                (2, "action", ImportErrors.BadValue),
                (3, "asset_class", ImportErrors.BadValue),
                (3, "min_value", ImportErrors.BadNumber),
                (4, "decision_date", ImportErrors.BadDate),
                (4, "decider", ImportErrors.BadValue),
                (4, "citation", ImportErrors.MissingValue),
            ],
            found);
        Assert.Contains("cột action", result.Errors[0].Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenRulesOverlapAndLeaveAHole_ListsBothConflictsWithRows()
    {
        var result = Parse($"""
            {Header}
            {Set},purchase,other,any,any,per-asset,0,100,unit-head,,Điều 5
            {Set},purchase,any,any,any,per-asset,50,200,office-chief,,Điều 4
            {Set},sell,other,any,any,per-asset,0,100,unit-head,,Điều 5
            {Set},sell,other,any,any,per-asset,300,,office-chief,,Điều 4
            """);

        Assert.Equal([(AuthorityErrors.RuleOverlap, 3), (AuthorityErrors.RuleGap, 5)], result.Errors.Select(e => (e.Code, e.Row ?? 0)));
        Assert.Contains("dòng 2", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("dòng 4", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenRuleSetColumnsDifferBetweenRows_RefusesTheMismatch()
    {
        var result = Parse($"""
            {Header}
            {Set},purchase,other,any,any,per-asset,0,,unit-head,,Điều 5
            Thử,BTV Tỉnh ủy,2-QĐ/TU,2021-12-27,2022-01-01,2025-06-30,sell,other,any,any,per-asset,0,,unit-head,,Điều 5
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal((AuthorityErrors.RuleSetHeaderMismatch, "decision_no", (int?)3), (error.Code, error.Field, error.Row));
    }

    [Fact]
    public void Parse_WhenColumnMissing_RefusesBeforeReadingRows()
    {
        var result = Parse("rule_set,issuer\nA,B\n");

        Assert.All(result.Errors, e => Assert.Equal(ImportErrors.MissingColumn, e.Code));
        Assert.Equal(14, result.Errors.Count);
    }
}

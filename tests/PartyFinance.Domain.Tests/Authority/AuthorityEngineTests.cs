using PartyFinance.Domain.Authority;
using static PartyFinance.Domain.Tests.Authority.TestRuleSets;

namespace PartyFinance.Domain.Tests.Authority;

public class AuthorityEngineTests
{
    private static readonly RuleSet[] Catalogue = [FourBands()];

    [Theory]
    [InlineData(0, Decider.UnitHead)]
    [InlineData(OfficeChiefFrom - 1, Decider.UnitHead)]
    [InlineData(OfficeChiefFrom, Decider.OfficeChief)]
    [InlineData(OfficeChiefFrom + 1, Decider.OfficeChief)]
    [InlineData(StandingBoardFrom - 1, Decider.OfficeChief)]
    [InlineData(StandingBoardFrom, Decider.StandingBoard)]
    [InlineData(StandingBoardFrom + 1, Decider.StandingBoard)]
    [InlineData(StandingCommitteeFrom - 1, Decider.StandingBoard)]
    [InlineData(StandingCommitteeFrom, Decider.StandingCommittee)]
    [InlineData(StandingCommitteeFrom + 1, Decider.StandingCommittee)]
    [InlineData(long.MaxValue, Decider.StandingCommittee)]
    public void Decide_AtEveryBandEdge_ReturnsTheDeciderOfTheBandHoldingTheValue(long value, Decider expected)
    {
        var decision = AuthorityEngine.Decide(Catalogue, Question(value));

        Assert.Equal(expected, decision.Value.Decider);
    }

    [Fact]
    public void Decide_WhenValueJustBelowOfficeChiefLimit_ReturnsUnitHeadWithRuleSetAndCitation()
    {
        var decision = AuthorityEngine.Decide(Catalogue, Question(OfficeChiefFrom - 1)).Value;

        Assert.Equal(Decider.UnitHead, decision.Decider);
        Assert.Equal("Bộ thử", decision.RuleSetName);
        Assert.Equal("Bộ thử-QĐ/TU", decision.DecisionNo);
        Assert.Equal("Điều 5", decision.Citation);
        Assert.Null(decision.RequiresOpinion);
        Assert.Equal(2, decision.RuleRow);
    }

    [Fact]
    public void Decide_WhenSellingPremises_ReturnsStandingCommitteeWithProvincialOpinion()
    {
        var decision = AuthorityEngine.Decide(Catalogue, Question(5, action: AuthorityAction.Sell, assetClass: AssetClass.PremisesLand)).Value;

        Assert.Equal(Decider.StandingCommittee, decision.Decider);
        Assert.Equal("UBND tỉnh", decision.RequiresOpinion);
    }

    [Fact]
    public void Decide_WhenNoRuleCoversTheQuestion_RefusesWithNoRule()
    {
        var result = AuthorityEngine.Decide(Catalogue, Question(5, action: AuthorityAction.Sell, assetClass: AssetClass.Car));

        Assert.True(result.IsFailure);
        Assert.Equal(AuthorityErrors.NoRule, result.FirstError.Code);
        Assert.Contains("không có quy tắc", result.FirstError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenNoSetInForceCoversTheAction_RefusesWithNoRuleSetNamingTheAction()
    {
        var result = AuthorityEngine.Decide(Catalogue, Question(5, action: AuthorityAction.Destroy));

        Assert.Equal(AuthorityErrors.NoRuleSet, result.FirstError.Code);
        Assert.Contains("hành động tiêu hủy", result.FirstError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WithAnAssetSetAndASpendingSetInForceTheSameDay_EachAnswersItsOwnAction()
    {
        var spending = Create("Quy chế", new DateOnly(2022, 1, 1), null,
            RuleBuilder.Rule().Row(2).For(AuthorityAction.Spend).Class(AssetClass.Any).Basis(ValueBasis.PerPackage).Band(0, null).By(Decider.OfficeChief));
        RuleSet[] catalogue = [FourBands(), spending];

        var asset = AuthorityEngine.Decide(catalogue, Question(1)).Value;
        var spend = AuthorityEngine.Decide(catalogue, SpendQuestion(1, SpendingKind.OneOff)).Value;

        Assert.False(FourBands().ClashesWith(spending));
        Assert.True(FourBands().ClashesWith(FourBands("Khác")));
        Assert.Equal(("Bộ thử", Decider.UnitHead), (asset.RuleSetName, asset.Decider));
        Assert.Equal(("Quy chế", Decider.OfficeChief), (spend.RuleSetName, spend.Decider));
    }

    private static RuleSet KindBands() => Create(
        "Chi",
        new DateOnly(2022, 1, 1),
        null,
        RuleBuilder.Rule().Row(2).For(AuthorityAction.Spend).Class(AssetClass.Any).Basis(ValueBasis.PerPackage).Spending(SpendingKind.OneOff).Band(0, 100).By(Decider.UnitHead).Cite("Điều 1"),
        RuleBuilder.Rule().Row(3).For(AuthorityAction.Spend).Class(AssetClass.Any).Basis(ValueBasis.PerPackage).Spending(SpendingKind.OneOff).Band(100, null).By(Decider.StandingBoard).Cite("Điều 2"),
        RuleBuilder.Rule().Row(4).For(AuthorityAction.Spend).Class(AssetClass.Any).Basis(ValueBasis.PerPackage).Spending(SpendingKind.Recurring).Band(0, 50).By(Decider.UnitHead).Cite("Điều 3"),
        RuleBuilder.Rule().Row(5).For(AuthorityAction.Spend).Class(AssetClass.Any).Basis(ValueBasis.PerPackage).Spending(SpendingKind.Recurring).Band(50, 1000).By(Decider.OfficeChief).Cite("Điều 4"));

    private static AuthorityQuestion SpendQuestion(long value, SpendingKind kind) =>
        new(AuthorityAction.Spend, AssetClass.Any, global::PartyFinance.Domain.Organisation.UnitKind.PartyAgency, Funding.Any, ValueBasis.PerPackage, kind, value, new DateOnly(2024, 5, 1));

    [Theory]
    [InlineData(10, Decider.UnitHead, 2)]
    [InlineData(60, Decider.OfficeChief, 5)]
    [InlineData(100, Decider.StandingBoard, 3)]
    [InlineData(999, Decider.StandingBoard, 3)]
    public void Decide_SpendWithKindAny_AnswersTheDeciderCompetentForBothKinds(long value, Decider expected, int row)
    {
        var decision = AuthorityEngine.Decide([KindBands()], SpendQuestion(value, SpendingKind.Any)).Value;

        Assert.Equal((expected, row), (decision.Decider, decision.RuleRow));
    }

    [Fact]
    public void Decide_SpendWithKindAny_WhenOneKindHasNoRule_IsRefused()
    {
        var result = AuthorityEngine.Decide([KindBands()], SpendQuestion(1000, SpendingKind.Any));

        Assert.Equal(AuthorityErrors.NoRule, result.FirstError.Code);
        Assert.Equal(Decider.StandingBoard, AuthorityEngine.Decide([KindBands()], SpendQuestion(1000, SpendingKind.OneOff)).Value.Decider);
    }

    [Fact]
    public void Decide_WhenQuestionFundingDiffersFromSpecificRule_RefusesRatherThanAllow()
    {
        var set = Create("Riêng", new DateOnly(2022, 1, 1), null, RuleBuilder.Rule().Row(2).Funded(Funding.PartyFunds));

        var result = AuthorityEngine.Decide([set], Question(1));

        Assert.Equal(AuthorityErrors.NoRule, result.FirstError.Code);
    }

    [Fact]
    public void Decide_OnEitherSideOfTheSwitchDate_UsesTheRuleSetInForce()
    {
        var old = FourBands("Cũ", new DateOnly(2022, 1, 1), new DateOnly(2025, 6, 30));
        var merged = FourBands("Sau hợp nhất", new DateOnly(2025, 7, 1), null, scale: 2);
        RuleSet[] catalogue = [old, merged];

        var lastOldDay = AuthorityEngine.Decide(catalogue, Question(150_000_000, new DateOnly(2025, 6, 30))).Value;
        var firstNewDay = AuthorityEngine.Decide(catalogue, Question(150_000_000, new DateOnly(2025, 7, 1))).Value;

        Assert.Equal(("Cũ", Decider.OfficeChief), (lastOldDay.RuleSetName, lastOldDay.Decider));
        Assert.Equal(("Sau hợp nhất", Decider.UnitHead), (firstNewDay.RuleSetName, firstNewDay.Decider));
    }

    [Fact]
    public void Decide_WhenTwoRuleSetsAreInForceOnTheDate_RefusesAsConfigurationError()
    {
        RuleSet[] catalogue = [FourBands("A", new DateOnly(2022, 1, 1), new DateOnly(2025, 12, 31)), FourBands("B", new DateOnly(2025, 7, 1))];

        var result = AuthorityEngine.Decide(catalogue, Question(1, new DateOnly(2025, 8, 1)));

        Assert.Equal(AuthorityErrors.RuleSetsInForceTwice, result.FirstError.Code);
        Assert.True(AuthorityEngine.Decide(catalogue, Question(1, new DateOnly(2025, 6, 30))).IsSuccess);
    }

    [Fact]
    public void Decide_BeforeAnyRuleSetIsInForce_RefusesWithNoRuleSet()
    {
        var result = AuthorityEngine.Decide(Catalogue, Question(1, new DateOnly(2021, 12, 31)));

        Assert.Equal(AuthorityErrors.NoRuleSet, result.FirstError.Code);
    }

    [Fact]
    public void Decide_WhenValueIsNegative_Refuses()
    {
        Assert.Equal(AuthorityErrors.BadQuestion, AuthorityEngine.Decide(Catalogue, Question(-1)).FirstError.Code);
    }

    [Fact]
    public void Deciders_RankUpward_FromUnitHeadToStandingCommittee()
    {
        Assert.Equal([Decider.UnitHead, Decider.OfficeChief, Decider.StandingBoard, Decider.StandingCommittee], Deciders.Upward);
        Assert.True(Decider.OfficeChief.Rank() < Decider.StandingBoard.Rank());
        Assert.Equal("Ban Thường vụ Tỉnh ủy", Decider.StandingCommittee.VietnameseName());
        Assert.Equal("Thủ trưởng đơn vị", Decider.UnitHead.VietnameseName());
    }
}

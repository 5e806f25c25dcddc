using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;
using static PartyFinance.Domain.Tests.Authority.RuleBuilder;

namespace PartyFinance.Domain.Tests.Authority;

public class RuleSetConsistencyTests
{
    private static PartyFinance.Domain.Common.Result<RuleSet> Create(params AuthorityRule[] rules) =>
        RuleSet.Create("Bộ thử", "BTV", "1-QĐ/TU", new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 1), null, rules);

    [Fact]
    public void Create_WhenBandsTouch_Accepts()
    {
        var result = Create(Rule().Row(2).Band(0, 100), Rule().Row(3).Band(100, null).By(Decider.OfficeChief));

        Assert.True(result.IsSuccess);
        Assert.Equal(2, result.Value.Rules.Count);
    }

    [Fact]
    public void Create_WhenTwoBandsOverlap_RefusesNamingBothRows()
    {
        var result = Create(Rule().Row(2).Band(0, 101), Rule().Row(3).Band(100, null).By(Decider.OfficeChief));

        var error = Assert.Single(result.Errors);
        Assert.Equal(AuthorityErrors.RuleOverlap, error.Code);
        Assert.Contains("dòng 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("dòng 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenThreeRulesOverlapPairwise_ListsEveryConflict()
    {
        var result = Create(Rule().Row(2).Band(0, 300), Rule().Row(3).Band(100, 400), Rule().Row(4).Band(200, null));

        Assert.All(result.Errors, e => Assert.Equal(AuthorityErrors.RuleOverlap, e.Code));
        var pairs = result.Errors.Select(e => (e.Message.Contains("dòng 2 ", StringComparison.Ordinal), e.Row)).ToList();
        Assert.Equal([(true, 3), (true, 4), (false, 4)], pairs);
    }

    [Fact]
    public void Create_WhenAnyAssetClassMeetsSpecificClassInSameBand_RefusesAsOverlap()
    {
        var result = Create(Rule().Row(2).Class(AssetClass.Any).Band(0, 100), Rule().Row(3).Class(AssetClass.Car).Band(50, null));

        Assert.Equal(AuthorityErrors.RuleOverlap, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Create_WhenAnyUnitKindMeetsSpecificUnitKind_RefusesAsOverlap()
    {
        var result = Create(Rule().Row(2).Unit(null).Band(0, null), Rule().Row(3).Unit(UnitKind.PartyServiceUnit).Band(0, null));

        Assert.Equal(AuthorityErrors.RuleOverlap, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Create_WhenSameBandButDifferentSpecificValues_Accepts()
    {
        var result = Create(
            Rule().Row(2).Class(AssetClass.Car).Band(0, null),
            Rule().Row(3).Class(AssetClass.Other).Band(0, null),
            Rule().Row(4).Class(AssetClass.Other).Basis(ValueBasis.PerPackage).Band(0, null),
            Rule().Row(5).Class(AssetClass.Other).For(AuthorityAction.Sell).Funded(Funding.PartyFunds).Band(0, null),
            Rule().Row(6).Class(AssetClass.Other).For(AuthorityAction.Sell).Funded(Funding.StateBudget).Band(0, null));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void Create_WhenSpendingKindsDifferOrOneIsAny_OverlapsOnlyWithAny()
    {
        var distinct = Create(
            Rule().Row(2).For(AuthorityAction.Spend).Class(AssetClass.Any).Spending(SpendingKind.Recurring).Band(0, null),
            Rule().Row(3).For(AuthorityAction.Spend).Class(AssetClass.Any).Spending(SpendingKind.OneOff).Band(0, null));
        var withAny = Create(
            Rule().Row(2).For(AuthorityAction.Spend).Class(AssetClass.Any).Spending(SpendingKind.Recurring).Band(0, null),
            Rule().Row(3).For(AuthorityAction.Spend).Class(AssetClass.Any).Spending(SpendingKind.Any).Band(0, null));

        Assert.True(distinct.IsSuccess);
        Assert.Equal(AuthorityErrors.RuleOverlap, Assert.Single(withAny.Errors).Code);
    }

    [Fact]
    public void Create_WhenHoleInsideCoveredBand_RefusesNamingBothRowsAndTheHole()
    {
        var result = Create(Rule().Row(2).Band(0, 100_000_000), Rule().Row(3).Band(200_000_000, null).By(Decider.OfficeChief));

        var error = Assert.Single(result.Errors);
        Assert.Equal(AuthorityErrors.RuleGap, error.Code);
        Assert.Equal(3, error.Row);
        Assert.Contains("dòng 2 và dòng 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("100.000.000 đ đến dưới 200.000.000 đ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenTwoHoles_ListsBoth()
    {
        var result = Create(Rule().Row(2).Band(0, 10), Rule().Row(3).Band(20, 30), Rule().Row(4).Band(40, null));

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(AuthorityErrors.RuleGap, e.Code));
        Assert.Equal([3, 4], result.Errors.Select(e => e.Row));
    }

    [Fact]
    public void Create_WhenAnyRuleAndSpecificRuleLeaveHoleForThatSpecificValue_RefusesAsGap()
    {
        // For a car question both rules answer: [0, 100) then [200, ∞) — a hole. For "other" only row 2 answers: no hole.
        var result = Create(Rule().Row(2).Class(AssetClass.Any).Band(0, 100), Rule().Row(3).Class(AssetClass.Car).Band(200, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal(AuthorityErrors.RuleGap, error.Code);
        Assert.Contains("/car/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WhenBandsStartAboveZero_DoesNotCallItAHole()
    {
        var result = Create(Rule().Row(2).Band(1_000, 2_000), Rule().Row(3).Class(AssetClass.Car).Band(5_000, null));

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void Create_WhenBandIsEmpty_RefusesWithColumn()
    {
        var result = Create(Rule().Row(7).Band(100, 100));

        var error = Assert.Single(result.Errors);
        Assert.Equal(AuthorityErrors.RuleEmptyBand, error.Code);
        Assert.Equal("max_value", error.Field);
        Assert.Equal(7, error.Row);
    }

    [Fact]
    public void Create_WhenNoRules_Refuses()
    {
        Assert.Equal(AuthorityErrors.RuleSetEmpty, Assert.Single(Create().Errors).Code);
    }

    [Fact]
    public void Create_WhenSpendingKindOnAssetRule_Refuses()
    {
        var error = Assert.Single(Create(Rule().Row(2).Spending(SpendingKind.Recurring)).Errors);

        Assert.Equal(AuthorityErrors.RuleInvalid, error.Code);
        Assert.Equal("spending_kind", error.Field);
    }
}

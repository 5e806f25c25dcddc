using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Authority;

public class ShippedRuleSetTests
{
    private static readonly DateOnly Old = new(2024, 3, 1);
    private static readonly DateOnly Merged = new(2025, 9, 1);

    private static IReadOnlyList<RuleSet> Load()
    {
        using var reader = new StreamReader(ShippedRuleSets.BacNinh);
        var result = RuleSetCsvParser.Parse(reader);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors.Select(e => e.Describe())));
        return result.Value;
    }

    private static AuthorityDecision Decide(AuthorityAction action, AssetClass assetClass, long value, DateOnly date, ValueBasis basis = ValueBasis.PerAsset, SpendingKind spending = SpendingKind.Any)
    {
        var question = new AuthorityQuestion(action, assetClass, UnitKind.PartyAgency, Funding.StateBudget, basis, spending, value, date);
        var result = AuthorityEngine.Decide(Load(), question);
        Assert.True(result.IsSuccess, result.IsFailure ? result.FirstError.Message : null);
        return result.Value;
    }

    [Fact]
    public void ShippedFile_ParsesIntoTwoNonOverlappingRuleSets()
    {
        var sets = Load();

        Assert.Equal(["Bắc Ninh 332-QĐ/TU", "Bắc Ninh (sau hợp nhất) — mẫu"], sets.Select(s => s.Name));
        Assert.Equal(("332-QĐ/TU", new DateOnly(2021, 12, 27), new DateOnly(2022, 1, 1), (DateOnly?)new DateOnly(2025, 6, 30)), (sets[0].DecisionNo, sets[0].DecisionDate, sets[0].EffectiveFrom, sets[0].EffectiveTo));
        Assert.Equal((new DateOnly(2025, 7, 1), (DateOnly?)null), (sets[1].EffectiveFrom, sets[1].EffectiveTo));
        Assert.False(sets[0].PeriodOverlaps(sets[1]));
    }

    [Fact]
    public void ShippedFile_EveryCitationSaysItIsUnverified()
    {
        Assert.All(Load().SelectMany(s => s.Rules), r => Assert.Contains("mẫu", r.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedFile_CoversEveryAssetActionForEveryAssetClassPerAsset()
    {
        foreach (var action in Enum.GetValues<AuthorityAction>().Where(a => a != AuthorityAction.Spend))
        {
            foreach (var assetClass in new[] { AssetClass.PremisesLand, AssetClass.Car, AssetClass.Other })
            {
                Assert.NotNull(Decide(action, assetClass, 0, Old));
                Assert.NotNull(Decide(action, assetClass, 50_000_000_000, Merged));
            }
        }
    }

    [Fact]
    public void ShippedFile_SellingPremises_NeedsStandingCommitteeAndProvincialOpinion()
    {
        var decision = Decide(AuthorityAction.Sell, AssetClass.PremisesLand, 1, Old);

        Assert.Equal((Decider.StandingCommittee, "UBND tỉnh"), (decision.Decider, decision.RequiresOpinion));
        Assert.Contains("332-QĐ/TU (mẫu, chưa đối chiếu)", decision.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedFile_CarsOfAnyValue_StayWithStandingCommittee()
    {
        Assert.Equal(Decider.StandingCommittee, Decide(AuthorityAction.Purchase, AssetClass.Car, 1, Old).Decider);
    }

    [Theory]
    [InlineData(99_999_999, Decider.UnitHead)]
    [InlineData(100_000_000, Decider.OfficeChief)]
    [InlineData(499_999_999, Decider.OfficeChief)]
    [InlineData(500_000_000, Decider.StandingBoard)]
    [InlineData(999_999_999, Decider.StandingBoard)]
    [InlineData(1_000_000_000, Decider.StandingCommittee)]
    public void ShippedFile_PurchaseOfOtherAssetsBefore2025Merger_FollowsThe332Bands(long value, Decider expected)
    {
        Assert.Equal(expected, Decide(AuthorityAction.Purchase, AssetClass.Other, value, Old).Decider);
    }

    [Fact]
    public void ShippedFile_SameValueAfterMerger_IsDecidedByTheMergedSet()
    {
        var before = Decide(AuthorityAction.Purchase, AssetClass.Other, 150_000_000, new DateOnly(2025, 6, 30));
        var after = Decide(AuthorityAction.Purchase, AssetClass.Other, 150_000_000, new DateOnly(2025, 7, 1));

        Assert.Equal(("Bắc Ninh 332-QĐ/TU", Decider.OfficeChief), (before.RuleSetName, before.Decider));
        Assert.Equal(("Bắc Ninh (sau hợp nhất) — mẫu", Decider.UnitHead), (after.RuleSetName, after.Decider));
    }

    [Fact]
    public void DelegationSets_HoldNoSpendingRules_TheSpendingRegulationHoldsThem()
    {
        Assert.DoesNotContain(Load().SelectMany(s => s.Rules), r => r.Action == AuthorityAction.Spend);
        Assert.All(ShippedRuleSets.Spending().SelectMany(s => s.Rules), r => Assert.Equal(AuthorityAction.Spend, r.Action));
    }

    [Fact]
    public async Task ShippedCatalogue_ImportsWholeAndUnverified_AndAnswersSpendingEveryDayFrom2025()
    {
        var store = new InMemoryAuthorityStore();
        foreach (var file in ShippedRuleSets.All)
        {
            var imported = await ImportRuleSets.LoadShippedAsync(store, file, default);
            Assert.True(imported.IsSuccess, imported.IsFailure ? imported.FirstError.Message : null);
        }

        var catalogue = await store.LoadRuleSetsAsync(default);
        Assert.All(catalogue, s => Assert.Equal("U", s.Verified));
        for (var day = new DateOnly(2025, 1, 1); day <= DateOnly.FromDateTime(DateTime.Today).AddYears(1); day = day.AddDays(1))
        {
            foreach (var kind in Enum.GetValues<SpendingKind>())
            {
                var question = new AuthorityQuestion(AuthorityAction.Spend, AssetClass.Any, UnitKind.PartyAgency, Funding.Any, ValueBasis.PerPackage, kind, 1, day);
                Assert.True(AuthorityEngine.Decide(catalogue, question).IsSuccess, $"{day} {kind}");
            }

            var asset = new AuthorityQuestion(AuthorityAction.Purchase, AssetClass.Other, UnitKind.PartyAgency, Funding.Any, ValueBasis.PerAsset, SpendingKind.Any, 1, day);
            Assert.True(AuthorityEngine.Decide(catalogue, asset).IsSuccess, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(SpendingKind.Recurring, 299_999_999, Decider.UnitHead)]
    [InlineData(SpendingKind.Recurring, 300_000_000, Decider.OfficeChief)]
    [InlineData(SpendingKind.OneOff, 99_999_999, Decider.UnitHead)]
    [InlineData(SpendingKind.OneOff, 100_000_000, Decider.OfficeChief)]
    [InlineData(SpendingKind.OneOff, 5_000_000_000, Decider.StandingCommittee)]
    [InlineData(SpendingKind.Any, 99_999_999, Decider.UnitHead)]
    [InlineData(SpendingKind.Any, 100_000_000, Decider.OfficeChief)]
    [InlineData(SpendingKind.Any, 1_999_999_999, Decider.StandingBoard)]
    [InlineData(SpendingKind.Any, 5_000_000_000, Decider.StandingCommittee)]
    public void SpendingRegulation_AnswersEachKind_AndAnyWithTheDeciderCompetentForBoth(SpendingKind kind, long value, Decider expected)
    {
        var question = new AuthorityQuestion(AuthorityAction.Spend, AssetClass.Any, UnitKind.PartyAgency, Funding.Any, ValueBasis.PerPackage, kind, value, Merged);
        Assert.Equal(expected, AuthorityEngine.Decide(ShippedRuleSets.Spending(), question).Value.Decider);
    }
}

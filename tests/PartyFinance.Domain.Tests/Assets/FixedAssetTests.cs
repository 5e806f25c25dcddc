using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using AuthorityClass = PartyFinance.Domain.Authority.AssetClass;

namespace PartyFinance.Domain.Tests.Assets;

public class FixedAssetTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 31, 10, 0, 0, TimeSpan.FromHours(7));

    private static readonly AssetGroup Machines = new("tangible-5", "Máy móc, thiết bị", "21131", "2141", AuthorityClass.Other, false, true, "6955",
        new DateOnly(2018, 1, 1), null, "test", "U");

    private static readonly AssetGroup Land = new("intangible-1", "Quyền sử dụng đất", "2131", "2142", AuthorityClass.PremisesLand, true, false, "6954",
        new DateOnly(2018, 1, 1), null, "test", "U");

    private static AssetCatalogue Catalogue(params FixedAssetClass[] classes) => new(
        classes.Length > 0 ? classes :
        [
            new FixedAssetClass("MAY-TINH", "Máy vi tính", "tangible-5", 5, 20m, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31), "TT 23", "U"),
            new FixedAssetClass("MAY-TINH", "Máy vi tính", "tangible-5", 7, 14.29m, new DateOnly(2026, 1, 1), null, "TT 141", "U"),
            new FixedAssetClass("QSDD", "Quyền sử dụng đất", "intangible-1", 0, 0m, new DateOnly(2018, 1, 1), null, "TT 141", "S"),
        ],
        [Machines, Land],
        [
            new WearRegime("TT23-2023", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31), RoundingRule.Up, null, 10_000_000, 1, 10_000_000, "TT 23", "V"),
            new WearRegime("TT141-2025", new DateOnly(2026, 1, 1), null, RoundingRule.HalfAwayFromZero, 2026, 10_000_000, 1, 10_000_000, "TT 141", "S"),
        ],
        [
            new FundingShareRule(FundingShare.State, "NSNN", Domain.Authority.Funding.StateBudget, new DateOnly(2018, 1, 1), null, "test", "S"),
            new FundingShareRule(FundingShare.Party, "DANGPHI", Domain.Authority.Funding.PartyFunds, new DateOnly(2018, 1, 1), null, "test", "U"),
            new FundingShareRule(FundingShare.Other, "KHAC", Domain.Authority.Funding.Any, new DateOnly(2018, 1, 1), null, "test", "U"),
        ]);

    private static FixedAsset Card(string cls, DateOnly inService, AssetFunding funding, long accumulated = 0, DateOnly? opened = null, string unit = "VPTU") =>
        FixedAsset.Open("TS-1", "Tài sản thử", cls, inService, AssetOrigin.Purchase, null, null, Autonomy.Autonomous, "340-351", "6955",
            new AssetEvent(1, AssetEventKind.Opening, opened ?? inService, null, unit, null, funding, accumulated, null, null, null, null, null, "ketoan", At));

    private static long WearAll(FixedAsset asset, AssetCatalogue catalogue, int from, int to)
    {
        long total = 0;
        for (var year = from; year <= to; year++)
        {
            var outcome = asset.WearFor(year, catalogue);
            Assert.Null(outcome.Failure);
            if (outcome.IsWorn)
            {
                Assert.True(outcome.Amount >= 0);
                Assert.True(asset.RecordWear(year, outcome.Amount, outcome.Unit!, "PKT").IsSuccess);
                total += outcome.Amount;
                Assert.True(asset.WearFor(year, catalogue).SkipReason is not null, "re-running a worn year must change nothing");
            }

            Assert.InRange(asset.At(new DateOnly(year, 12, 31)).Residual, 0, long.MaxValue);
        }

        return total;
    }

    [Fact]
    public void EveryClassAndCost_WornYearByYearToTheEndOfLife_EndsAtZero_NeverBelow_AndTheWearSumsToTheCost()
    {
        var random = new Random(141);
        var lives = new[] { (5, 20m), (7, 14.29m), (8, 12.5m), (10, 10m), (15, 6.67m), (25, 4m), (50, 2m), (80, 1.25m), (3, 33.33m) };
        foreach (var (life, rate) in lives)
        {
            var catalogue = Catalogue(new FixedAssetClass("X", "X", "tangible-5", life, rate, new DateOnly(2026, 1, 1), null, "test", "U"));
            for (var i = 0; i < 60; i++)
            {
                var cost = i == 0 ? 10_000_000 : random.NextInt64(10_000_000, 90_000_000_000);
                var state = random.NextInt64(0, cost + 1);
                var party = random.NextInt64(0, cost - state + 1);
                var asset = Card("X", new DateOnly(2026, random.Next(1, 13), 1), new AssetFunding(state, party, cost - state - party));
                var total = WearAll(asset, catalogue, 2026, 2026 + life + 2);
                Assert.Equal(cost, total);
                Assert.Equal(0, asset.Current.Residual);
                Assert.Equal(cost, asset.Wear.Sum(w => w.Amount));
            }
        }
    }

    [Fact]
    public void Transition_From2026_SpreadsTheResidualAt31122025OverTheNewLifeLessYearsUsed()
    {
        // In use since 2023, imported on 01/01/2026 with 3 years worn under TT 23 (20%/year): 12.000.000 of 20.000.000.
        var asset = Card("MAY-TINH", new DateOnly(2023, 3, 1), new AssetFunding(20_000_000, 0, 0), 12_000_000, new DateOnly(2026, 1, 1));
        var catalogue = Catalogue();
        var wear2026 = asset.WearFor(2026, catalogue);
        Assert.Equal(2_000_000, wear2026.Amount); // 8.000.000 ÷ (7 − 3)
        Assert.Equal(8_000_000, WearAll(asset, catalogue, 2026, 2032));
        Assert.Equal([2_000_000L, 2_000_000, 2_000_000, 2_000_000], asset.Wear.Select(w => w.Amount));
    }

    [Fact]
    public void Transition_ARegisterTakenOverDuring2026_CarriesTheWearTo31122025_AndWearsAsOneTakenOverOn0101()
    {
        // Nothing is worn in 2026 before December: the card opened on 01/03/2026 carries the 12.000.000 worn to 31/12/2025.
        var catalogue = Catalogue();
        var january = Card("MAY-TINH", new DateOnly(2023, 3, 1), new AssetFunding(20_000_000, 0, 0), 12_000_000, new DateOnly(2026, 1, 1));
        var march = Card("MAY-TINH", new DateOnly(2023, 3, 1), new AssetFunding(20_000_000, 0, 0), 12_000_000, new DateOnly(2026, 3, 1));

        Assert.Equal(2_000_000, march.WearFor(2026, catalogue).Amount); // 8.000.000 ÷ (7 − 3), not 0
        Assert.Equal(WearAll(january, catalogue, 2026, 2032), WearAll(march, catalogue, 2026, 2032));
        Assert.Equal(january.Wear.Select(w => w.Amount), march.Wear.Select(w => w.Amount));
        Assert.Equal(0, march.Current.Residual);
    }

    [Fact]
    public void Transition_ARegisterTakenOverAfter2026_SpreadsItsResidualOverTheYearsLeft_AndEndsAtZero()
    {
        // The same computer taken over on 01/06/2027 with 2026's wear in its accumulated wear: 14.000.000 at 31/12/2026,
        // 6.000.000 left over 7 − 4 years — the yearly amount the card taken over in 2026 wears.
        var catalogue = Catalogue();
        var asset = Card("MAY-TINH", new DateOnly(2023, 3, 1), new AssetFunding(20_000_000, 0, 0), 14_000_000, new DateOnly(2027, 6, 1));

        Assert.Equal(2_000_000, asset.WearFor(2027, catalogue).Amount);
        Assert.Equal(6_000_000, WearAll(asset, catalogue, 2027, 2032));
        Assert.Equal(0, asset.Current.Residual);
    }

    [Fact]
    public void Transition_AnAssetAlreadyPastItsNewLife_TakesItsWholeResidualIn2026()
    {
        var catalogue = Catalogue(
            new FixedAssetClass("X", "X", "tangible-5", 10, 10m, new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31), "TT 23", "U"),
            new FixedAssetClass("X", "X", "tangible-5", 5, 20m, new DateOnly(2026, 1, 1), null, "TT 141", "U"));
        var asset = Card("X", new DateOnly(2019, 1, 1), new AssetFunding(50_000_000, 0, 0), 35_000_000, new DateOnly(2026, 1, 1));
        Assert.Equal(15_000_000, asset.WearFor(2026, catalogue).Amount);
    }

    [Fact]
    public void ABadAsset_FailsWithAReason_NotAnException_AndLandIsSkipped()
    {
        var catalogue = Catalogue();
        var unknown = Card("KHONG-CO", new DateOnly(2026, 1, 1), new AssetFunding(20_000_000, 0, 0));
        Assert.Equal(AssetErrors.ClassUnknown, unknown.WearFor(2026, catalogue).Failure?.Code);
        var land = Card("QSDD", new DateOnly(2020, 1, 1), new AssetFunding(5_000_000_000, 0, 0));
        Assert.Contains("không tính hao mòn", land.WearFor(2026, catalogue).SkipReason);
        Assert.Equal(0, land.Current.AccumulatedWear);
    }

    [Fact]
    public void TransferredDuringTheYear_TheReceivingUnitWearsIt()
    {
        var asset = Card("MAY-TINH", new DateOnly(2026, 2, 1), new AssetFunding(21_000_000, 0, 0));
        Assert.True(asset.Apply(AssetAction.Transfer, new DateOnly(2026, 7, 1), "BTC", null, "V1, V2", "Điều chuyển", 1, "chanhvanphong", At).IsSuccess);
        var outcome = asset.WearFor(2026, Catalogue());
        Assert.Equal("BTC", outcome.Unit);
        Assert.Equal(3_000_900, outcome.Amount); // 21.000.000 × 14,29 %
        Assert.Equal("VPTU", asset.At(new DateOnly(2026, 6, 30)).Unit);
    }

    [Fact]
    public void AnUpgrade_RecomputesTheRemainingLife_AndTheAssetStillEndsAtExactlyZero()
    {
        // 70.000.000 in use 2026, worn 2026 and 2027 (10.003.000 each at 14,29 %); upgraded by 30.000.000 in 2028:
        // remaining = ⌈(100.000.000 − 20.006.000) ÷ (100.000.000 × 14,29 %)⌉ = ⌈5,598⌉ = 6 years; total life 2 + 6 = 8.
        var catalogue = Catalogue();
        var asset = Card("MAY-TINH", new DateOnly(2026, 1, 1), new AssetFunding(70_000_000, 0, 0));
        WearAll(asset, catalogue, 2026, 2027);
        Assert.True(asset.Upgrade(new DateOnly(2028, 3, 1), FundingShare.State, 30_000_000, catalogue.Class("MAY-TINH", 2028)!, null, "Nâng cấp", "ketoan", At).IsSuccess);
        Assert.Equal(8, asset.Current.LifeYears);
        Assert.Equal(14_290_000, asset.WearFor(2028, catalogue).Amount);
        WearAll(asset, catalogue, 2028, 2040);
        Assert.Equal(100_000_000, asset.Wear.Sum(w => w.Amount));
        Assert.Equal(2033, asset.Wear[^1].Year); // the eighth year of its recomputed life
    }

    [Fact]
    public void ABusinessUseAsset_IsDepreciatedMonthByMonthToExactlyZero_AndNeverWorn()
    {
        var catalogue = Catalogue(new FixedAssetClass("X", "X", "tangible-5", 3, 33.33m, new DateOnly(2026, 1, 1), null, "test", "U"));
        var asset = FixedAsset.Open("KD-1", "Máy in dịch vụ", "X", new DateOnly(2026, 3, 10), AssetOrigin.Purchase, null, null, Autonomy.Autonomous, "160-171", "6955",
            new AssetEvent(1, AssetEventKind.Opening, new DateOnly(2026, 3, 10), null, "BAO", null, new AssetFunding(100_000_001, 0, 0), 0, null, null, null, null, null,
                "ketoan", At), depreciated: true);
        Assert.Contains("khấu hao", asset.WearFor(2026, catalogue).SkipReason);
        long total = 0;
        var months = 0;
        for (var d = new DateOnly(2026, 3, 1); d.Year < 2030; d = d.AddMonths(1))
        {
            var outcome = asset.DepreciationFor(d.Year, d.Month, catalogue);
            if (outcome.IsWorn)
            {
                Assert.True(asset.RecordDepreciation(d.Year, d.Month, outcome.Amount, "BAO", "PKT").IsSuccess);
                Assert.NotNull(asset.DepreciationFor(d.Year, d.Month, catalogue).SkipReason);
                total += outcome.Amount;
                months++;
            }
        }

        Assert.Equal((100_000_001L, 36), (total, months));
        Assert.Equal(2_777_500, asset.Depreciation[0].Amount); // 100.000.001 × 33,33 % ÷ 12 = 2.777.500,008, rounded
        Assert.Equal(0, asset.Current.Residual);
    }

    [Fact]
    public void FundingSplit_AddsUpExactly_AndGivesNothingToAnEmptyShare()
    {
        var random = new Random(30);
        for (var i = 0; i < 2000; i++)
        {
            var funding = new AssetFunding(random.NextInt64(0, 1_000_000_000), random.Next(0, 2) == 0 ? 0 : random.NextInt64(1, 1_000_000_000), random.NextInt64(1, 7));
            var amount = random.NextInt64(0, funding.Total + 1);
            var parts = funding.Split(amount);
            Assert.Equal(amount, parts.Sum(p => p.Amount));
            Assert.All(parts, p => Assert.True(funding[p.Share] > 0 && p.Amount > 0));
        }

        Assert.Equal([(FundingShare.State, 2L), (FundingShare.Party, 1L)], new AssetFunding(2, 1, 0).Split(3));
    }
}

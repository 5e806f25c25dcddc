using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Tests.Assets;

public class AnnualWearTests
{
    private static FixedAssetClass Class(int life, decimal rate) =>
        new("MAY-TINH", "Máy vi tính", "tangible-5", life, rate, new DateOnly(2026, 1, 1), null, "TT 141/2025 Phụ lục I (chưa đối chiếu)", "U");

    [Theory]
    [InlineData(7, "14.29", RoundingRule.HalfAwayFromZero)]
    [InlineData(8, "12.5", RoundingRule.HalfAwayFromZero)]
    [InlineData(15, "6.67", RoundingRule.HalfAwayFromZero)]
    [InlineData(80, "1.25", RoundingRule.HalfAwayFromZero)]
    [InlineData(5, "20", RoundingRule.Up)]
    [InlineData(3, "33.33", RoundingRule.Up)]
    public void WornYearByYear_EveryCostEndsAtExactlyZeroAtTheEndOfLife_NeverBelow_AndTheWearAddsUpToTheCost(int life, string rateText, RoundingRule rounding)
    {
        var rate = decimal.Parse(rateText, System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(life);
        for (var i = 0; i < 300; i++)
        {
            var cost = i switch { 0 => 1L, 1 => 10_000_000L, 2 => 999_999_999_999L, _ => random.NextInt64(10_000_000, 50_000_000_000) };
            long accumulated = 0;
            var years = 0;
            while (years < life)
            {
                var wear = AnnualWear.For(cost, accumulated, years, Class(life, rate), rounding).Value;
                Assert.InRange(wear, 0, cost - accumulated);
                accumulated += wear;
                years++;
            }

            Assert.Equal(cost, accumulated);
            Assert.Equal(0, AnnualWear.For(cost, accumulated, years, Class(life, rate), rounding).Value);
        }
    }

    [Fact]
    public void AYearsWear_IsCostTimesRate_RoundedByTheRegime()
    {
        Assert.Equal(2_143_500, AnnualWear.For(15_000_000, 0, 0, Class(7, 14.29m), RoundingRule.HalfAwayFromZero).Value);
        Assert.Equal(1_429, AnnualWear.For(10_001, 0, 0, Class(7, 14.29m), RoundingRule.HalfAwayFromZero).Value);
        Assert.Equal(1_430, AnnualWear.For(10_001, 0, 0, Class(7, 14.29m), RoundingRule.Up).Value);
    }

    [Fact]
    public void TheLastYearOfLife_TakesCostLessAccumulated()
    {
        Assert.Equal(2_142_000, AnnualWear.For(15_000_000, 12_858_000, 6, Class(7, 14.29m), RoundingRule.HalfAwayFromZero).Value);
    }

    [Fact]
    public void Transition_SpreadsTheResidualOverTheRemainingNewLife_AndAnAssetPastItTakesItAll()
    {
        // Bought 2021 for 20.000.000 đ, worn 5 years at 20% under TT 23 (residual 0 would be reached in 2025);
        // here 3 years at 20%: residual 8.000.000 đ at 31/12/2025, new life 7 years → 4 years left → 2.000.000 đ a year.
        var computer = Class(7, 14.29m);
        Assert.Equal(2_000_000, AnnualWear.For(20_000_000, 12_000_000, 3, computer, RoundingRule.HalfAwayFromZero, (8_000_000, 3)).Value);
        Assert.Equal(2_000_000, AnnualWear.For(20_000_000, 14_000_000, 4, computer, RoundingRule.HalfAwayFromZero, (8_000_000, 3)).Value);
        Assert.Equal(1_000_000, AnnualWear.For(20_000_000, 19_000_000, 7, computer, RoundingRule.HalfAwayFromZero, (1_000_000, 7)).Value);
    }

    [Fact]
    public void AFullyWornAsset_IsNotWornAgain_AndImpossibleFiguresAreRefused()
    {
        Assert.Equal(0, AnnualWear.For(15_000_000, 15_000_000, 7, Class(7, 14.29m), RoundingRule.HalfAwayFromZero).Value);
        Assert.Equal(AnnualWear.BadInput, AnnualWear.For(15_000_000, 16_000_000, 3, Class(7, 14.29m), RoundingRule.HalfAwayFromZero).FirstError.Code);
        Assert.Equal(AnnualWear.BadInput, AnnualWear.For(0, 0, 0, Class(7, 14.29m), RoundingRule.HalfAwayFromZero).FirstError.Code);
    }
}

using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Tests.Common;

public class MoneyTests
{
    [Fact]
    public void ToDisplayString_UsesVietnameseGroupingAndDong() =>
        Assert.Equal("1.234.567 đ", Money.Vnd(1_234_567).ToDisplayString());

    [Fact]
    public void Arithmetic_IsExactInWholeDong() =>
        Assert.Equal(Money.Vnd(300_000_000_000_000_001), Money.Vnd(100_000_000_000_000_000) + Money.Vnd(200_000_000_000_000_001));

    [Fact]
    public void Add_AcrossCurrencies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Money.Vnd(1) + new Money(1, new Currency("USD", 2, "$")));

    [Fact]
    public void Add_PastInt64_ThrowsInsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() => Money.Vnd(long.MaxValue) + Money.Vnd(1));

    [Theory]
    [InlineData(RoundingRule.Up, 666_667)]
    [InlineData(RoundingRule.Down, 666_666)]
    [InlineData(RoundingRule.HalfAwayFromZero, 666_667)]
    public void Multiply_RoundsByTheNamedRule(RoundingRule rule, long expected) =>
        Assert.Equal(expected, Money.Vnd(10_000_000).Multiply(0.0666666666m, rule).MinorUnits);

    [Fact]
    public void HalfAwayFromZero_RoundsHalvesUp() =>
        Assert.Equal(3, Money.FromDecimal(2.5m, Currency.Vnd, RoundingRule.HalfAwayFromZero).MinorUnits);
}

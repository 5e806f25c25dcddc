using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Tests.Common;

public class VietnameseInputTests
{
    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("01/03/2025")]
    [InlineData(" 01/03/2025 ")]
    public void Date_AcceptsIsoAndVietnameseForms(string text)
    {
        Assert.True(VietnameseInput.TryDate(text, out var d));
        Assert.Equal(new DateOnly(2025, 3, 1), d);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("03/01/25")]
    [InlineData("1/3/2025")]
    [InlineData("")]
    [InlineData(null)]
    public void Date_RefusesOtherShapes(string? text) => Assert.False(VietnameseInput.TryDate(text, out _));

    [Theory]
    [InlineData("2025-07")]
    [InlineData("07/2025")]
    [InlineData(" 2025-07\t")]
    public void Month_AcceptsIsoAndVietnameseForms(string text)
    {
        Assert.True(VietnameseInput.TryMonth(text, out var y, out var m));
        Assert.Equal((2025, 7), (y, m));
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("13/2025")]
    [InlineData("2025")]
    [InlineData("2025-6")]
    [InlineData("6/2025")]
    [InlineData("2025-00")]
    [InlineData("00/2025")]
    [InlineData("02025-06")]
    [InlineData("2025/06")]
    [InlineData("2025-06-01")]
    [InlineData("+2025-06")]
    [InlineData("2025-0a")]
    [InlineData("٢٠٢٥-٠٦")]
    [InlineData("1899-12")]
    [InlineData("2101-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Month_RefusesOtherShapes(string? text) => Assert.False(VietnameseInput.TryMonth(text, out _, out _));

    [Theory]
    [InlineData("150000000", 150_000_000L)]
    [InlineData("150.000.000", 150_000_000L)]
    [InlineData("1.500", 1_500L)]
    [InlineData("999", 999L)]
    [InlineData("0", 0L)]
    public void Amount_AcceptsDigitsAndThousandsDots(string text, long expected)
    {
        Assert.True(VietnameseInput.TryAmount(text, allowNegative: false, out var amount, out var problem), problem);
        Assert.Equal(expected, amount);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1,5")]
    [InlineData("1.50")]
    [InlineData("1.5000")]
    [InlineData("1500.000")]
    [InlineData("150,000,000")]
    public void Amount_RefusesAmbiguousDecimalLookingText_SayingWhy(string text)
    {
        Assert.False(VietnameseInput.TryAmount(text, allowNegative: false, out _, out var problem));
        Assert.Contains("không rõ nghĩa", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1 000")]
    [InlineData(".000")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void Amount_RefusesWhatIsNotWholeDong(string text) => Assert.False(VietnameseInput.TryAmount(text, allowNegative: false, out _, out _));

    [Fact]
    public void Amount_TakesASignOnlyWhenAsked()
    {
        Assert.True(VietnameseInput.TryAmount("-2.000.000", allowNegative: true, out var amount, out _));
        Assert.Equal(-2_000_000L, amount);
    }
}

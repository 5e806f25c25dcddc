using PartyFinance.Application.Common;

namespace PartyFinance.Application.Tests.Common;

/// <summary>The "Số tiền viết bằng chữ" line of the printed vouchers: how Vietnamese reads each group of an amount.</summary>
public sealed class VietnameseAmountWordsTests
{
    [Theory]
    [InlineData(0L, "Không đồng")]
    [InlineData(5L, "Năm đồng")]
    [InlineData(10L, "Mười đồng")]
    [InlineData(11L, "Mười một đồng")]
    [InlineData(15L, "Mười lăm đồng")]
    [InlineData(21L, "Hai mươi mốt đồng")]
    [InlineData(25L, "Hai mươi lăm đồng")]
    [InlineData(104L, "Một trăm linh bốn đồng")]
    [InlineData(110L, "Một trăm mười đồng")]
    [InlineData(1_000L, "Một nghìn đồng")]
    [InlineData(1_005L, "Một nghìn không trăm linh năm đồng")]
    [InlineData(1_200_000L, "Một triệu hai trăm nghìn đồng")]
    [InlineData(1_005_000L, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(2_000_015L, "Hai triệu không trăm mười lăm đồng")]
    [InlineData(35_250_000L, "Ba mươi lăm triệu hai trăm năm mươi nghìn đồng")]
    [InlineData(1_000_000_005L, "Một tỷ không trăm linh năm đồng")]
    [InlineData(1_500_000_000_000L, "Một nghìn năm trăm tỷ đồng")]
    [InlineData(-3_000_000L, "Âm ba triệu đồng")]
    public void Of_ReadsTheAmountAsAVoucherWritesIt(long amount, string words) => Assert.Equal(words, VietnameseAmountWords.Of(amount));

    [Fact]
    public void Of_TheLargestAndSmallestLong_AreRead_WithTheirTyRepeated()
    {
        Assert.Equal("Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng",
            VietnameseAmountWords.Of(long.MaxValue));
        Assert.StartsWith("Âm chín tỷ", VietnameseAmountWords.Of(long.MinValue));
        Assert.EndsWith("tám trăm linh tám đồng", VietnameseAmountWords.Of(long.MinValue));
    }
}

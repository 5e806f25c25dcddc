using PartyFinance.Domain.Assets;

namespace PartyFinance.Domain.Tests.Assets;

public class PurchaseItemRuleTests
{
    private static readonly PurchaseItemRule[] Rules =
    [
        new("6950", "6999", AssetDetails.Required, "Mua sắm tài sản (TT 130)", new DateOnly(2026, 1, 1), null, "TT 130/2025", "V"),
        new("6950", "6999", AssetDetails.Required, "Mua sắm tài sản (TT 324)", new DateOnly(2017, 1, 1), new DateOnly(2025, 12, 31), "TT 324/2016", "U"),
        new("7053", "7053", AssetDetails.Optional, "Mua, bảo trì phần mềm", new DateOnly(2026, 1, 1), null, "TT 130/2025", "S"),
        new("9050", "9099", AssetDetails.Required, "Mục 9050 cũ", new DateOnly(2017, 1, 1), new DateOnly(2025, 12, 31), "TT 324/2016", "U"),
    ];

    [Theory]
    [InlineData("6950", 2026, "TT 130/2025")]
    [InlineData("6956", 2026, "TT 130/2025")]
    [InlineData("6999", 2026, "TT 130/2025")]
    [InlineData("6956", 2025, "TT 324/2016")]
    [InlineData("9050", 2025, "TT 324/2016")]
    [InlineData("7053", 2026, "TT 130/2025")]
    public void AnItemInsideARange_InAYearTheRuleCovers_IsAPurchaseItem(string item, int year, string source) =>
        Assert.Equal(source, PurchaseItemRule.Find(Rules, item, year)?.Source);

    [Theory]
    [InlineData("6949", 2026)] // just below the range (6900 repairs)
    [InlineData("7000", 2026)] // just above it
    [InlineData("695", 2026)] // not a four-digit item
    [InlineData("69561", 2026)]
    [InlineData("9050", 2026)] // 9050 ended with TT 324
    [InlineData("7054", 2026)]
    [InlineData("6956", 2016)] // before any rule
    public void AnItemOutsideEveryRange_OrInAYearNoRuleCovers_IsNot(string item, int year) =>
        Assert.Null(PurchaseItemRule.Find(Rules, item, year));

    [Fact]
    public void TheOptionalRuleSaysSo() =>
        Assert.Equal(AssetDetails.Optional, PurchaseItemRule.Find(Rules, "7053", 2026)!.Details);
}

using PartyFinance.Application.Assets;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using M = PartyFinance.Application.Reporting.AssetMeasures;

namespace PartyFinance.Application.Tests.Reporting;

/// <summary>A card's history replayed over a year, unit by unit: opening, increases, decreases, wear, closing.</summary>
public sealed class AssetFiguresTests
{
    private static readonly AssetCatalogue Catalogue = new(
        [new FixedAssetClass("MAY", "Máy", "tangible-5", 5, 20, new DateOnly(2018, 1, 1), null, "nguồn", "U")],
        [new AssetGroup("tangible-5", "Máy móc", "21131", "2141", Domain.Authority.AssetClass.Other, false, true, "6955", new DateOnly(2018, 1, 1), null, "nguồn", "S")],
        [], []);

    private static AssetEvent Event(int seq, AssetEventKind kind, DateOnly date, string unit, string? from = null, long cost = 0, long wear = 0) =>
        new(seq, kind, date, null, unit, from, new AssetFunding(cost, 0, 0), wear, null, null, $"V{seq}", kind == AssetEventKind.Opening ? null : "lý do", null, "ketoan",
            DateTimeOffset.UnixEpoch);

    private static FixedAsset Card(string code, AssetOrigin origin, IEnumerable<AssetEvent> events, IEnumerable<AssetWearEntry>? wear = null, IEnumerable<AssetDepreciationEntry>? depreciation = null) =>
        FixedAsset.Restore(code, "Máy " + code, "MAY", new DateOnly(2024, 1, 1), origin, null, null, Autonomy.Autonomous, "340-351", "6955", 1, events, wear ?? [],
            depreciation is not null, depreciation);

    [Fact]
    public void ATransferOnTheDayOfAMonthsDepreciation_MovesTheWearTheReceiverBooked_AndEachUnitBalances()
    {
        // Opened at A in 2024 (worn 2.000); January's depreciation by A, then on 31/01 transferred to B, who books February; bought again nothing.
        var card = Card("M1", AssetOrigin.Purchase,
            [Event(1, AssetEventKind.Purchase, new DateOnly(2024, 1, 1), "A", cost: 12_000, wear: 0), Event(2, AssetEventKind.Transfer, new DateOnly(2025, 1, 31), "B", from: "A")],
            [new AssetWearEntry(2024, "A", 2_000, "W1")],
            [new AssetDepreciationEntry(2025, 1, "A", 100, "D1"), new AssetDepreciationEntry(2025, 2, "B", 100, "D2")]);
        var figures = AssetFigures.Year([card], 2025, Catalogue).ToDictionary(f => f.Unit);

        var a = figures["A"];
        Assert.Equal((12_000L, 2_000L, 100L), (a[M.OpeningCost], a[M.OpeningWear], a[M.WearYear]));
        Assert.Equal((12_000L, 2_100L, 0L, 0L), (a[M.DecreaseTransfer], a[M.WearOut], a[M.ClosingCost], a[M.ClosingWear]));
        Assert.False(a.Held);
        var b = figures["B"];
        Assert.Equal((12_000L, 2_100L, 100L), (b[M.IncreaseTransferIn], b[M.WearIn], b[M.WearYear]));
        Assert.Equal((12_000L, 2_200L, 9_800L), (b[M.ClosingCost], b[M.ClosingWear], b[M.ClosingResidual]));
        Assert.Equal(12_000, b[M.IncreaseTotal]);
        Assert.Equal("B", card.At(new DateOnly(2025, 12, 31)).Unit);
        Assert.Equal(card.At(new DateOnly(2025, 12, 31)).AccumulatedWear, b[M.ClosingWear]);
    }

    [Fact]
    public void APurchaseInTheYear_IsAnIncreaseByOrigin_AndADisposalLeavesNothingAtTheEnd()
    {
        var gift = Card("G1", AssetOrigin.Gift, [Event(1, AssetEventKind.Purchase, new DateOnly(2025, 3, 1), "A", cost: 5_000)], [new AssetWearEntry(2025, "A", 1_000, "W")]);
        var sold = Card("S1", AssetOrigin.Purchase,
            [Event(1, AssetEventKind.Opening, new DateOnly(2025, 1, 1), "A", cost: 8_000, wear: 3_000), Event(2, AssetEventKind.Upgrade, new DateOnly(2025, 2, 1), "A", cost: 1_000),
                Event(3, AssetEventKind.Sell, new DateOnly(2025, 6, 1), "A")]);
        var gone = Card("X1", AssetOrigin.Purchase, [Event(1, AssetEventKind.Purchase, new DateOnly(2023, 1, 1), "A", cost: 8_000), Event(2, AssetEventKind.Destroy, new DateOnly(2024, 5, 1), "A")]);
        var figures = AssetFigures.Year([gift, sold, gone], 2025, Catalogue).ToDictionary(f => f.Code);

        Assert.DoesNotContain("X1", figures.Keys); // left the books before the year
        Assert.Equal((5_000L, 0L, 1_000L, 5_000L, 4_000L), (figures["G1"][M.IncreaseGift], figures["G1"][M.OpeningCost], figures["G1"][M.WearYear], figures["G1"][M.ClosingCost], figures["G1"][M.ClosingResidual]));
        var s = figures["S1"];
        Assert.Equal((8_000L, 3_000L, 1_000L), (s[M.OpeningCost], s[M.OpeningWear], s[M.IncreaseUpgrade]));
        Assert.Equal((9_000L, 3_000L, 0L, 6_000L), (s[M.DecreaseSell], s[M.WearOut], s[M.ClosingCost], s[M.Residual]));
        Assert.Equal(9_000, s[M.DecreaseTotal]);
        Assert.Equal(AssetEventKind.Sell, s.Decrease!.Kind);
    }

    [Fact]
    public async Task AnAssetColumnTheEngineDoesNotKnow_IsADefinitionError()
    {
        var catalog = ReportDefinitionFiles.Load(n => n switch
        {
            "reports.csv" => new StringReader("code,form,name,kind,lines,columns,accounts,issued_with,valid_from,valid_to,source,verified\n" +
                "A,,Tăng giảm,asset-movement,a.csv,c.csv,,,2025-01-01,,nguồn,V\n"),
            "a.csv" => new StringReader("line,label,indent,bold,accounts,side,sign,excluding,fund_sources,autonomy,items,formula,verified\n1,Máy,0,false,2113,register,,,,,,,V\n"),
            "c.csv" => new StringReader("column,label,fund_sources,autonomy,verified\nopening_cost,Đầu năm,*,,V\nopening_value,Sai,*,,V\nclosing_cost,Cuối năm,NSNN,,V\n"),
            _ => null,
        });
        Assert.True(catalog.IsSuccess);
        var result = await new AssetReports(null!, new AssetReference([], [], []), null!).RowsAsync(catalog.Value.All[0], 2025, null, CancellationToken.None);
        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Message.Contains("cột 'opening_value' không được hỗ trợ", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("cột 'closing_cost' của báo cáo tài sản không lọc theo nguồn", StringComparison.Ordinal));
    }
}

using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Assets;

public class PurchaseReversalTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(7));

    private static FixedAsset Bought() => FixedAsset.Open("TS-1", "Máy tính", "MAY-TINH", new DateOnly(2026, 3, 15), AssetOrigin.Purchase, null, null, Autonomy.Autonomous,
        "340-351", "6956", new AssetEvent(1, AssetEventKind.Purchase, new DateOnly(2026, 3, 15), null, "VPTU", null, new AssetFunding(25_000_000, 0, 0), 0, null, null,
            "VPTU/RDT/2026/000001", null, null, "ketoan", At));

    [Fact]
    public void ReversePurchase_OfAnUntouchedCard_TakesBackItsCostAndTakesItOffTheRegister()
    {
        var card = Bought();

        Assert.True(card.ReversePurchase(new DateOnly(2026, 3, 20), "VPTU/PKT/2026/000002", "Nhầm", false, "ketoan", At).IsSuccess);

        Assert.Equal((AssetStatus.PurchaseReversed, 0L), (card.Current.Status, card.Current.OriginalCost));
        Assert.Equal(AssetStatus.InUse, card.At(new DateOnly(2026, 3, 19)).Status);
        Assert.Equal([AssetEventKind.Purchase, AssetEventKind.PurchaseReversed], card.Events.Select(e => e.Kind));
    }

    [Fact]
    public void ReversePurchase_AfterWearAnActionOrBeforeThePurchaseDate_IsRefused()
    {
        var worn = Bought();
        worn.RecordWear(2026, 3_572_500, "VPTU", "PKT");
        var asked = Bought();
        var early = Bought();

        Assert.Equal(AssetErrors.Touched, worn.ReversePurchase(new DateOnly(2026, 12, 31), "R", "Nhầm", false, "ketoan", At).FirstError.Code);
        Assert.Equal(AssetErrors.Touched, asked.ReversePurchase(new DateOnly(2026, 3, 20), "R", "Nhầm", true, "ketoan", At).FirstError.Code);
        Assert.Equal("date", early.ReversePurchase(new DateOnly(2026, 3, 1), "R", "Nhầm", false, "ketoan", At).FirstError.Field);
        Assert.All(new[] { worn, asked, early }, c => Assert.Single(c.Events));
    }
}

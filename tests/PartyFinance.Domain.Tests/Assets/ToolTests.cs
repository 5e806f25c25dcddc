using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using AuthorityClass = PartyFinance.Domain.Authority.AssetClass;

namespace PartyFinance.Domain.Tests.Assets;

public class ToolTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(7));

    private static readonly ToolLine Line = new("NSNN", Autonomy.Autonomous, "340-351", "6956");

    private static readonly WearRegime Regime = new("TT141-2025", new DateOnly(2026, 1, 1), null, RoundingRule.HalfAwayFromZero, 2026, 10_000_000, 1, 10_000_000, "TT 141", "S");

    private static Tool Tool(int quantity, long value) =>
        Domain.Assets.Tool.Open("CC-1", "Bàn phím", "VPTU", "bộ", Line, null, ToolEventKind.Receipt, new DateOnly(2026, 3, 1), quantity, value, "Thủ kho", null, "ketoan", At).Value;

    [Fact]
    public void Issue_TakesTheStoresAverageHalfUp_AndTheLastUnitTakesWhatIsLeft_SoTheStoreEndsAtZero()
    {
        var tool = Tool(3, 10_000_000);

        var first = tool.Issue(new DateOnly(2026, 4, 1), 1, "Phòng A", null, "ketoan", At).Value;
        var second = tool.Issue(new DateOnly(2026, 4, 2), 1, "Phòng B", null, "ketoan", At).Value;
        var last = tool.Issue(new DateOnly(2026, 4, 3), 1, "Phòng C", null, "ketoan", At).Value;

        Assert.Equal((3_333_333L, 3_333_334L, 3_333_333L), (first, second, last)); // 6.666.667 ÷ 2 = 3.333.333,5 → 3.333.334
        Assert.Equal((0, 0L, 10_000_000L), (tool.InStoreQuantity, tool.InStoreValue, tool.IssuedValue));
        Assert.Equal("Phòng C", tool.Custodian);
    }

    [Theory]
    [InlineData(7, 1_000_003)]
    [InlineData(13, 9_999_999)]
    [InlineData(2, 1)]
    public void IssuingEverythingOneByOne_SumsExactlyToTheValueReceived(int quantity, long value)
    {
        var tool = Tool(quantity, value);
        long sum = 0;
        for (var i = 0; i < quantity; i++)
        {
            var issued = tool.Issue(new DateOnly(2026, 4, 1), 1, null, null, "ketoan", At);
            Assert.True(issued.IsSuccess);
            Assert.InRange(issued.Value, 0, value);
            sum += issued.Value;
        }

        Assert.Equal(value, sum);
        Assert.Equal(0, tool.InStoreValue);
    }

    [Fact]
    public void Property_AnyReceiptsAndIssuesInAnyChunks_NeverLeaveANegativeStore_AndEmptyingItIssuesExactlyWhatWasReceived()
    {
        var random = new Random(20261201);
        for (var run = 0; run < 300; run++)
        {
            var tool = Tool(random.Next(1, 50), random.NextInt64(1, 9_999_999_999));
            for (var step = 0; step < 8; step++)
            {
                if (random.Next(3) == 0)
                {
                    Assert.True(tool.Receive(new DateOnly(2026, 4, 1), "VPTU", Line, random.Next(1, 20), random.NextInt64(1, 999_999_999), null, null, "ketoan", At).IsSuccess);
                }
                else if (tool.InStoreQuantity > 0)
                {
                    Assert.True(tool.Issue(new DateOnly(2026, 4, 1), random.Next(1, tool.InStoreQuantity + 1), null, null, "ketoan", At).IsSuccess);
                }

                Assert.True(tool.InStoreValue >= 0 && tool.InStoreQuantity >= 0);
            }

            if (tool.InStoreQuantity > 0)
            {
                Assert.True(tool.Issue(new DateOnly(2026, 4, 2), tool.InStoreQuantity, null, null, "ketoan", At).IsSuccess);
            }

            Assert.Equal((0, 0L, tool.ReceivedValue), (tool.InStoreQuantity, tool.InStoreValue, tool.IssuedValue));
            Assert.All(tool.Events.Where(e => e.Kind == ToolEventKind.Issue), e => Assert.True(e.Value >= 0));
        }
    }

    [Fact]
    public void Issue_MoreThanInStore_OrBeforeTheLastReceipt_IsRefusedAndChangesNothing()
    {
        var tool = Tool(2, 3_000_000);

        var tooMany = tool.Issue(new DateOnly(2026, 4, 1), 3, null, null, "ketoan", At);
        var tooEarly = tool.Issue(new DateOnly(2026, 2, 1), 1, null, null, "ketoan", At);

        Assert.Equal(ToolErrors.NotInStore, tooMany.FirstError.Code);
        Assert.Equal(ToolErrors.OutOfOrder, tooEarly.FirstError.Code);
        Assert.Single(tool.Events);
    }

    [Fact]
    public void Receive_FromAnotherUnitOrLine_IsRefused_ForIssuesAreExpensedOnTheToolsLine()
    {
        var tool = Tool(2, 3_000_000);

        var other = tool.Receive(new DateOnly(2026, 4, 1), "VPTU", Line with { Autonomy = Autonomy.NonAutonomous }, 1, 1_000_000, null, null, "ketoan", At);
        var same = tool.Receive(new DateOnly(2026, 4, 1), "VPTU", Line, 1, 1_000_000, null, null, "ketoan", At);

        Assert.Equal(ToolErrors.OtherLine, other.FirstError.Code);
        Assert.True(same.IsSuccess);
        Assert.Equal((3, 4_000_000L), (tool.InStoreQuantity, tool.InStoreValue));
    }

    [Fact]
    public void CloseYear_RecognisesOnlyWhatWasIssuedThatYearAndNotYetRecognised()
    {
        var tool = Tool(4, 4_000_000);
        tool.Issue(new DateOnly(2026, 4, 1), 1, null, null, "ketoan", At);

        Assert.Equal(1_000_000, tool.CloseYear(2026, "ketoan", At));
        Assert.Equal(0, tool.CloseYear(2026, "ketoan", At));
        tool.Issue(new DateOnly(2026, 6, 1), 2, null, null, "ketoan", At);
        Assert.Equal(2_000_000, tool.CloseYear(2026, "ketoan", At));
        Assert.Equal(0, tool.CloseYear(2025, "ketoan", At));
        Assert.Equal(2, tool.Events.Count(e => e.Kind == ToolEventKind.YearEnd));
    }

    [Fact]
    public void Recognition_ReadsTheThresholdFromTheRegime_AndLandOrBuildingsAreNeverTools()
    {
        var buildings = new AssetGroup("tangible-1", "Nhà", "21111", "2141", AuthorityClass.PremisesLand, true, true, "6954", new DateOnly(2018, 1, 1), null, "test", "S");

        Assert.True(ToolRecognition.IsTool(9_999_999, Regime));
        Assert.False(ToolRecognition.IsTool(10_000_000, Regime));
        Assert.True(ToolRecognition.IsTool(10_000_000, Regime with { FixedAssetThreshold = 30_000_000 }));
        Assert.False(ToolRecognition.IsTool(5_000_000, Regime, buildings));
        Assert.Equal(3_333_333, ToolRecognition.UnitCost(10_000_000, 3));
    }

    [Fact]
    public void Recognition_AnItemUsedUnderTheMinimumLife_IsAToolWhateverItsCost_ButLandAndBuildingsStayFixed()
    {
        var buildings = new AssetGroup("tangible-1", "Nhà", "21111", "2141", AuthorityClass.PremisesLand, true, true, "6954", new DateOnly(2018, 1, 1), null, "test", "S");

        Assert.True(ToolRecognition.IsTool(50_000_000, Regime, lifeMonths: 11));
        Assert.False(ToolRecognition.IsTool(50_000_000, Regime, lifeMonths: 12));
        Assert.False(ToolRecognition.IsTool(50_000_000, Regime));
        Assert.True(ToolRecognition.IsTool(50_000_000, Regime with { MinimumLifeYears = 2 }, lifeMonths: 23));
        Assert.False(ToolRecognition.IsTool(50_000_000, Regime, buildings, lifeMonths: 6));
        Assert.Equal("thời gian sử dụng 6 tháng dưới 1 năm", ToolRecognition.Why(50_000_000, Regime, 6));
        Assert.Equal("đơn giá 9.000.000 đ dưới ngưỡng tài sản cố định 10.000.000 đ", ToolRecognition.Why(9_000_000, Regime, null));
    }

    [Fact]
    public void Open_WithoutNameMeasureOrPositiveQuantityAndValue_IsRefusedNamingEachField()
    {
        var r = Domain.Assets.Tool.Open("CC-1", " ", "VPTU", "", Line, null, ToolEventKind.Receipt, new DateOnly(2026, 3, 1), 0, 0, null, null, "ketoan", At);

        Assert.Equal(["name", "measure", "quantity", "amount"], r.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ReverseReceipt_TakesBackTheLatestReceiptOnly_WhileNothingFollowedIt()
    {
        var tool = Tool(2, 3_000_000);
        tool.NameVoucher("VPTU/RDT/2026/000001");
        tool.Stored(1);

        var wrongVoucher = tool.ReverseReceipt("VPTU/RDT/2026/000009", new DateOnly(2026, 3, 20), "R-1", "Nhầm", "ketoan", At);
        var taken = tool.ReverseReceipt("VPTU/RDT/2026/000001", new DateOnly(2026, 3, 20), "R-1", "Nhầm", "ketoan", At);

        Assert.Equal(ToolErrors.Touched, wrongVoucher.FirstError.Code);
        Assert.True(taken.IsSuccess);
        Assert.Equal((0, 0L), (tool.InStoreQuantity, tool.InStoreValue));

        var issued = Tool(2, 3_000_000);
        issued.NameVoucher("V-1");
        issued.Issue(new DateOnly(2026, 4, 1), 1, null, null, "ketoan", At);
        Assert.Equal(ToolErrors.Touched, issued.ReverseReceipt("V-1", new DateOnly(2026, 4, 2), "R-1", "Nhầm", "ketoan", At).FirstError.Code);
    }
}

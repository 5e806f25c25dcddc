using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Tests.Budgeting;

public class CalendarAndYearEndTests
{
    [Fact]
    public void ReferenceFiles_LoadWithoutErrors_AndNameTheirSources()
    {
        var r = World.Reference;

        Assert.Equal(new DateOnly(2026, 12, 15), r.Calendar.TransferDeadline(2026).Value);
        Assert.Equal(new DateOnly(2027, 1, 31), r.Calendar.SettlementAdjustmentEnd(2026).Value);
        Assert.Equal(["", "d", "e"], r.CarryForward.Where(c => c.AppliesTo(2026)).Select(c => c.Letter).Order(StringComparer.Ordinal));
        Assert.Equal(["", "b", "d"], r.CarryForward.Where(c => c.AppliesTo(2025)).Select(c => c.Letter).Order(StringComparer.Ordinal));
        Assert.Equal("61111", r.Posting.Accounts.Resolve("expense", "NSNN", Autonomy.Autonomous, Domain.Posting.EstimateYear.Current, "6001", new DateOnly(2026, 5, 1)).Value.Account);
        Assert.Equal("61122", r.Posting.Accounts.Resolve("expense", "NSNN", Autonomy.NonAutonomous, Domain.Posting.EstimateYear.Current, "6551", new DateOnly(2026, 5, 1)).Value.Account);
    }

    [Fact]
    public void ReferenceFile_WithABadCell_IsReportedWithRowAndColumn()
    {
        var r = BudgetReferenceFiles.Load(
            new StringReader("rule,month,day,valid_from,valid_to,source,verified\nestimate-transfer-deadline,twelve,15,2026-01-01,,x,V"),
            new StringReader("letter,rule,valid_from,valid_to,source,verified"),
            new StringReader("event,category,voucher_type,line,side,role,amount,dimensions,valid_from,valid_to,source,verified\npay-cash,spending,PC,1,left,expense,amount,budget,2018-01-01,,x,U"),
            new StringReader("role,fund_source,autonomy,year,item_from,item_to,account,valid_from,valid_to,source,verified"));

        Assert.Equal([(2, "month"), (2, "side"), (null, "role")], r.Errors.Select(e => (e.Row, e.Field!)));
        Assert.StartsWith("calendar.csv: ", r.FirstError.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public async Task EstimateTransfer_FollowsTheDeadlineInTheDataFile(int day, bool allowed)
    {
        var w = await new World().WithEstimatesAsync();

        var r = await new TransferEstimate(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(World.Autonomous, "BTC", 1_000_000, "90-QĐ/TU", new DateOnly(2026, 12, day), default);

        Assert.Equal(allowed, r.IsSuccess);
        Assert.Equal(allowed ? 9_000_000 : 10_000_000, (await w.LineAsync(World.Autonomous)).Available);
        Assert.Equal(allowed, await w.Store.FindLineAsync(World.Autonomous with { Unit = "BTC" }, default) is not null);
        if (!allowed)
        {
            Assert.Equal(BudgetErrors.TransferDeadlinePassed, r.FirstError.Code);
        }
    }

    [Fact]
    public async Task CloseYear_DuringTheSettlementAdjustmentPeriod_IsRefused()
    {
        var w = await new World().WithEstimatesAsync();

        var r = await new CloseYear(w.Store, World.Reference, w.Poster, w.Time).RunAsync("VPTU", 2026, "ketoan", new DateOnly(2027, 1, 31), default);

        Assert.Equal(BudgetErrors.SettlementPeriodOpen, r.FirstError.Code);
    }

    [Fact]
    public async Task CloseYear_CarriesAutonomousAndContractedSpending_CancelsTheRest_AndReportsBoth()
    {
        var w = await new World().WithEstimatesAsync();
        await w.ApprovedAsync(1_000_000);
        var contracted = await w.ApprovedAsync(2_000_000, World.NonAutonomous, contract: new DateOnly(2026, 12, 20));
        var uncontracted = await w.ApprovedAsync(500_000, World.NonAutonomous);

        var r = await new CloseYear(w.Store, World.Reference, w.Poster, w.Time).RunAsync("VPTU", 2026, "ketoan", new DateOnly(2027, 2, 1), default);

        var report = r.Value.ToDictionary(l => l.Key.Autonomy);
        Assert.Equal((10_000_000L, 0L), (report[Autonomy.Autonomous].Carried, report[Autonomy.Autonomous].Cancelled));
        Assert.Equal((2_000_000L, 3_000_000L), (report[Autonomy.NonAutonomous].Carried, report[Autonomy.NonAutonomous].Cancelled));
        Assert.Contains("Điều 66.3", report[Autonomy.NonAutonomous].CancelReason, StringComparison.Ordinal);
        Assert.Equal(SpendingStatus.Cancelled, (await w.Store.FindRequestAsync(uncontracted, default))!.Status);
        var moved = (await w.Store.FindRequestAsync(contracted, default))!;
        Assert.True(moved.Key.CarriedOver);
        Assert.Equal((2_000_000L, 0L), ((await w.LineAsync(moved.Key)).Committed, (await w.LineAsync(moved.Key)).Available));
        Assert.Equal(0, (await w.LineAsync(World.NonAutonomous)).Available);
        Assert.Empty((await new CloseYear(w.Store, World.Reference, w.Poster, w.Time).RunAsync("VPTU", 2026, "ketoan", new DateOnly(2027, 2, 2), default)).Value);
    }

    /// <summary>The same lines of a unit merged away on 30/09/2026 carry nothing: the autonomous rest and the contracted request are cancelled too.</summary>
    [Fact]
    public async Task CloseYear_OfAUnitThatEndedInTheYear_CancelsEverythingLeft_AndOpensNoNextYearLine()
    {
        var w = await new World().WithEstimatesAsync();
        await w.ApprovedAsync(1_000_000);
        var contracted = await w.ApprovedAsync(2_000_000, World.NonAutonomous, contract: new DateOnly(2026, 9, 20));
        w.Store.Ends["VPTU"] = new DateOnly(2026, 9, 30);

        var r = await new CloseYear(w.Store, World.Reference, w.Poster, w.Time).RunAsync("VPTU", 2026, "ketoan", new DateOnly(2027, 2, 1), default);

        var report = r.Value.ToDictionary(l => l.Key.Autonomy);
        Assert.Equal((0L, 10_000_000L), (report[Autonomy.Autonomous].Carried, report[Autonomy.Autonomous].Cancelled));
        Assert.Equal((0L, 5_000_000L), (report[Autonomy.NonAutonomous].Carried, report[Autonomy.NonAutonomous].Cancelled));
        Assert.Equal(SpendingStatus.Cancelled, (await w.Store.FindRequestAsync(contracted, default))!.Status);
        Assert.Empty(await w.Store.LinesAsync("VPTU", 2027, default));
        var yearEnd = w.Poster.Posted.Where(v => v.Key.StartsWith("YE-2026-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(yearEnd);
        Assert.All(yearEnd, v => Assert.Equal((new DateOnly(2026, 9, 30), true), (v.Date, v.Key.StartsWith("YE-2026-CANCEL-", StringComparison.Ordinal))));
    }
}

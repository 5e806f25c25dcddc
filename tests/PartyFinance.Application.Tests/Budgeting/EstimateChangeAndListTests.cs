using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Tests.Budgeting;

public class EstimateChangeAndListTests
{
    [Fact]
    public async Task Supplement_AddsToTheLineAndKeepsTheAllocation()
    {
        var w = await new World().WithEstimatesAsync();

        var r = await new RecordEstimateChange(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(World.Autonomous, MovementKind.Supplement, 3_000_000, "45-QĐ/TU", new DateOnly(2026, 9, 1), default);

        var line = await w.LineAsync(World.Autonomous);
        Assert.Equal(13_000_000, r.Value);
        Assert.Equal((10_000_000L, 3_000_000L), (line.Allocated, line.Adjustments));
        Assert.Equal("45-QĐ/TU", line.Movements[^1].DecisionNo);
    }

    [Fact]
    public async Task DownwardAdjustment_BelowWhatIsCommitted_IsRefusedAndChangesNothing()
    {
        var w = await new World().WithEstimatesAsync();
        await w.ApprovedAsync(8_000_000);

        var r = await new RecordEstimateChange(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(World.Autonomous, MovementKind.Adjustment, -3_000_000, "46-QĐ/TU", new DateOnly(2026, 9, 1), default);

        Assert.Equal(BudgetErrors.Insufficient, r.FirstError.Code);
        Assert.Single((await w.LineAsync(World.Autonomous)).Movements);
    }

    [Fact]
    public async Task Change_OfALineNeverAllocated_IsRefused()
    {
        var w = new World();

        var r = await new RecordEstimateChange(w.Store, World.Reference, w.Poster, w.Access, "ketoan").RunAsync(World.Autonomous, MovementKind.Supplement, 1, "1", new DateOnly(2026, 9, 1), default);

        Assert.Equal(BudgetErrors.LineNotFound, r.FirstError.Code);
    }

    [Fact]
    public async Task ApprovalHistory_NamesTheDeciderAndTheDecision()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.SubmittedAsync(1_000);

        var r = await w.Approve.RunAsync(id, "thutruong", World.Today, "15/QĐ-VPTU", null, default);

        Assert.Equal(("Thẩm quyền: Thủ trưởng đơn vị theo bộ quy tắc 'Quy chế thử' (1/QĐ), Điều thử", "15/QĐ-VPTU"),
            (r.Value.Request.History[^1].Reason, r.Value.Request.History[^1].DecisionNo));
    }

    [Fact]
    public async Task Lists_ShowRequestsAndPlansWithTheirCliFields()
    {
        var w = await new World().WithEstimatesAsync();
        await w.SubmittedAsync(1_000);
        await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(new NewRecurringPlan(World.Autonomous, "VNPT", 500, Schedule.Quarterly,
            new YearMonth(2026, 2), new YearMonth(2026, 11), "ketoan"), default);

        var request = (await new ListRequests(w.Store).RunAsync("VPTU", default)).Single();
        var plan = (await new ListPlans(w.Store).RunAsync(default)).Single();

        Assert.Equal(("VPTU", 1_000L, "submitted", "autonomous", "6501"), (request.Unit, request.Amount, request.Status, request.Autonomy, request.BudgetItem));
        Assert.Equal(("quarterly", "2026-02", "2026-11", "draft"), (plan.Schedule, plan.Start, plan.End, plan.Status));
        Assert.Empty(await new ListRequests(w.Store).RunAsync("BTC", default));
    }
}

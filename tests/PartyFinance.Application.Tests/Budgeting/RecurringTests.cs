using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Tests.Budgeting;

public class RecurringTests
{
    private static YearMonth M(string s) => YearMonth.TryParse(s, out var m) ? m : throw new FormatException(s);

    private static async Task<RecurringPlan> ApprovedPlanAsync(World w, long amount = 1_000_000, Schedule schedule = Schedule.Monthly, string start = "2026-01",
        string? end = null, string approver = "thutruong")
    {
        var plan = await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "VNPT Bắc Ninh", amount, schedule, M(start), end is null ? null : M(end), "ketoan", "Cước internet"), default);
        var approved = await new ApproveRecurringPlan(w.Store, w.Authority, w.Access, w.Time).RunAsync(plan.Value.Id, approver, World.Today, "7/QĐ", default);
        Assert.True(approved.IsSuccess, approved.IsFailure ? approved.FirstError.Describe() : null);
        return approved.Value;
    }

    private static RunRecurring Run(World w) => new(w.Store, w.Access, w.Time);

    [Fact]
    public async Task Approval_IsTestedOnTheYearlyTotalAsRecurringSpending()
    {
        var w = await new World().WithEstimatesAsync();

        var plan = await ApprovedPlanAsync(w, 1_500_000);

        Assert.Equal(("unit-head", 18_000_000L), (plan.Approval!.Decider, plan.Approval.YearlyTotal));
    }

    [Fact]
    public async Task Approval_OfAPlanWhoseYearlyTotalNeedsAHigherDecider_IsRefusedForTheUnitHead()
    {
        var w = await new World().WithEstimatesAsync();
        var plan = await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "Cty bảo vệ", 5_000_000, Schedule.Monthly, M("2026-11"), null, "ketoan"), default);

        var r = await new ApproveRecurringPlan(w.Store, w.Authority, w.Access, w.Time).RunAsync(plan.Value.Id, "thutruong", World.Today, null, default);

        Assert.Equal(SpendingErrors.ApproverNotAuthorised, r.FirstError.Code);
        Assert.Contains("60.000.000 đ", r.FirstError.Message, StringComparison.Ordinal);
        Assert.True((await new ApproveRecurringPlan(w.Store, w.Authority, w.Access, w.Time).RunAsync(plan.Value.Id, "chanhvp", World.Today, null, default)).IsSuccess);
    }

    [Fact]
    public async Task Approval_ByThePlansMaker_IsRefused()
    {
        // The unit head also holds the accountant's grant, so the permission guard lets them add the plan.
        var w = await (await new World().WithEstimatesAsync()).GrantAsync("thutruong", Role.Accountant, RoleScope.Unit("VPTU"));
        var plan = await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "VNPT", 1_000_000, Schedule.Monthly, M("2026-01"), null, "thutruong"), default);

        var r = await new ApproveRecurringPlan(w.Store, w.Authority, w.Access, w.Time).RunAsync(plan.Value.Id, "thutruong", World.Today, null, default);

        Assert.Equal(SpendingErrors.MakerCannotApprove, r.FirstError.Code);
    }

    [Fact]
    public async Task RunningTwice_CreatesNothingNew()
    {
        var w = await new World().WithEstimatesAsync();
        await ApprovedPlanAsync(w);

        var first = (await Run(w).RunAsync(M("2026-03"), "ketoan", default)).Value;
        var second = (await Run(w).RunAsync(M("2026-03"), "ketoan", default)).Value;

        Assert.Equal(3, first.Created.Count);
        Assert.Empty(second.Created);
        Assert.Equal(3, (await w.Store.RequestsAsync("VPTU", default)).Count);
    }

    [Fact]
    public async Task Run_CatchesUpMissedMonths_AndEachOccurrenceIsApprovedByThePlanAndCommitted()
    {
        var w = await new World().WithEstimatesAsync();
        await ApprovedPlanAsync(w);
        Assert.True((await Run(w).RunAsync(M("2026-02"), "ketoan", default)).IsSuccess);

        var r = (await Run(w).RunAsync(M("2026-05"), "ketoan", default)).Value;

        Assert.Equal(["2026-03", "2026-04", "2026-05"], r.Created.Select(c => c.PlanMonth.ToString()));
        Assert.All(r.Created, c => Assert.Equal(SpendingStatus.Approved, c.Status));
        Assert.All(r.Created, c => Assert.Equal("7/QĐ", c.History[0].DecisionNo));
        Assert.Equal(5_000_000, (await w.LineAsync(World.Autonomous)).Committed);
    }

    [Fact]
    public async Task Occurrence_WithoutRoom_WaitsVisibly_AndIsApprovedAfterASupplement()
    {
        var w = await new World().WithEstimatesAsync();
        await ApprovedPlanAsync(w, 4_000_000, Schedule.Quarterly);

        var r = (await Run(w).RunAsync(M("2026-07"), "ketoan", default)).Value;

        Assert.Equal([SpendingStatus.Approved, SpendingStatus.Approved, SpendingStatus.AwaitingBudget], r.Created.Select(c => c.Status));
        Assert.Equal([r.Created[2].Id], r.StillWaiting);
        Assert.True((await new RecordEstimateChange(w.Store, World.Reference, w.Poster, w.Access, "ketoan")
            .RunAsync(World.Autonomous, MovementKind.Supplement, 2_000_000, "30-QĐ/TU", new DateOnly(2026, 7, 2), default)).IsSuccess);

        var again = (await Run(w).RunAsync(M("2026-07"), "ketoan", default)).Value;

        Assert.Empty(again.Created);
        Assert.Equal([r.Created[2].Id], again.Approved);
    }

    [Fact]
    public async Task Run_StopsAtTheEndMonth_AndIgnoresDraftPlans()
    {
        var w = await new World().WithEstimatesAsync();
        await ApprovedPlanAsync(w, 100_000, end: "2026-02");
        await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "Draft", 1, Schedule.Monthly, M("2026-01"), null, "ketoan"), default);

        var r = (await Run(w).RunAsync(M("2026-12"), "ketoan", default)).Value;

        Assert.Equal(["2026-01", "2026-02"], r.Created.Select(c => c.PlanMonth.ToString()));
    }

    [Fact]
    public async Task AmountChangedMidYear_IsUsedFromItsMonth()
    {
        var w = await new World().WithEstimatesAsync();
        var plan = await ApprovedPlanAsync(w, 100_000);
        plan.ChangeAmount(M("2026-03"), 150_000, "ketoan", w.Time.Now);
        await w.Store.SavePlanAsync(plan, default);
        await new ApproveRecurringPlan(w.Store, w.Authority, w.Access, w.Time).RunAsync(plan.Id, "thutruong", World.Today, "8/QĐ", default);

        var r = (await Run(w).RunAsync(M("2026-04"), "ketoan", default)).Value;

        Assert.Equal([100_000L, 100_000L, 150_000L, 150_000L], r.Created.Select(c => c.Amount));
    }
}

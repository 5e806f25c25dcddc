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
        Assert.True((await Submit(w).RunAsync(plan.Value.Id, "ketoan", default)).IsSuccess);
        var approved = await Approve(w).RunAsync(plan.Value.Id, approver, World.Today, "7/QĐ", default);
        Assert.True(approved.IsSuccess, approved.IsFailure ? approved.FirstError.Describe() : null);
        return approved.Value.Plan;
    }

    private static SubmitRecurringPlan Submit(World w) => new(w.Store, w.Authority, w.Access, w.Time);

    private static ApproveRecurringPlan Approve(World w) => new(w.Store, w.Authority, w.Access, w.Time);

    private static async Task<long> SubmittedPlanAsync(World w, long amount, string start = "2026-01", string maker = "ketoan")
    {
        var plan = await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "Cty bảo vệ", amount, Schedule.Monthly, M(start), null, maker), default);
        var submitted = await Submit(w).RunAsync(plan.Value.Id, maker, default);
        Assert.True(submitted.IsSuccess, submitted.IsFailure ? submitted.FirstError.Describe() : null);
        return plan.Value.Id;
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
    public async Task Approval_OfAPlanWhoseYearlyTotalNeedsAHigherDecider_RunsTheChain_AndOnlyTheFinalStepApprovesIt()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await SubmittedPlanAsync(w, 5_000_000, "2026-11");

        var first = await Approve(w).RunAsync(id, "thutruong", World.Today, "1/QĐ", default);

        Assert.True(first.IsSuccess, first.IsFailure ? first.FirstError.Describe() : null);
        Assert.Equal((60_000_000L, Decider.OfficeChief, 2), (first.Value.Approval.Value, first.Value.Approval.Decision.Decider, first.Value.Approval.Steps.Count));
        Assert.Equal(PlanStatus.Submitted, (await w.Store.FindPlanAsync(id, default))!.Status);
        Assert.Empty((await new RunRecurring(w.Store, w.Access, w.Time).RunAsync(M("2026-12"), "ketoan", default)).Value.Created);

        var again = await Approve(w).RunAsync(id, "thutruong", World.Today, "1/QĐ", default);
        Assert.Equal(AuthorityErrors.ApproverAlreadySigned, again.FirstError.Code);

        var last = await Approve(w).RunAsync(id, "chanhvp", World.Today, "2/QĐ", default);

        Assert.True(last.IsSuccess, last.IsFailure ? last.FirstError.Describe() : null);
        var plan = (await w.Store.FindPlanAsync(id, default))!;
        Assert.Equal((PlanStatus.Approved, "office-chief", "chanhvp", "2/QĐ", 60_000_000L, 2027),
            (plan.Status, plan.Approval!.Decider, plan.Approval.By, plan.Approval.DecisionNo, plan.Approval.YearlyTotal, plan.Approval.Year));
        Assert.Equal(ApprovalStatus.Released, last.Value.Approval.Status);
    }

    [Fact]
    public async Task Approve_OfAPlanNotSubmitted_IsRefused_AndSubmitNamesTheDeciderForTheLargestYear()
    {
        var w = await new World().WithEstimatesAsync();
        var plan = await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "VNPT", 1_500_000, Schedule.Monthly, M("2026-01"), null, "ketoan"), default);

        var early = await Approve(w).RunAsync(plan.Value.Id, "thutruong", World.Today, "1/QĐ", default);
        Assert.Equal(SpendingErrors.InvalidTransition, early.FirstError.Code);
        Assert.Contains("spend plan submit", early.FirstError.Message, StringComparison.Ordinal);

        var submitted = await Submit(w).RunAsync(plan.Value.Id, "ketoan", default);

        Assert.Equal((DocumentKind.RecurringPlan, "PLAN-1", "ketoan", SpendingKind.Recurring, 18_000_000L),
            (submitted.Value.Approval.DocumentKind, submitted.Value.Approval.DocumentReference, submitted.Value.Approval.Maker,
             submitted.Value.Approval.Question.SpendingKind, submitted.Value.Approval.Value));
        Assert.Equal(submitted.Value.Approval.Id, (await w.Store.FindPlanAsync(plan.Value.Id, default))!.ApprovalId);
        Assert.Equal(SpendingErrors.InvalidTransition, (await Submit(w).RunAsync(plan.Value.Id, "ketoan", default)).FirstError.Code);
    }

    [Fact]
    public async Task Approve_WithoutADecisionNumber_IsRefused_AndChangesNothing()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await SubmittedPlanAsync(w, 1_000_000);

        var r = await Approve(w).RunAsync(id, "thutruong", World.Today, null, default);

        Assert.Equal(AuthorityErrors.ApprovalNeedsDecisionNo, r.FirstError.Code);
        var plan = (await w.Store.FindPlanAsync(id, default))!;
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Single((await w.Store.FindApprovalAsync(plan.ApprovalId!.Value, default))!.Events);
    }

    [Fact]
    public async Task Reject_NeedsAReason_EndsTheChainAndThePlan()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await SubmittedPlanAsync(w, 1_000_000);
        var reject = new RejectRecurringPlan(w.Store, w.Authority, w.Access, w.Time);

        Assert.Equal(AuthorityErrors.RejectNeedsReason, (await reject.RunAsync(id, "thutruong", " ", default)).FirstError.Code);
        var r = await reject.RunAsync(id, "thutruong", "Chưa cần thiết", default);

        Assert.True(r.IsSuccess, r.IsFailure ? r.FirstError.Describe() : null);
        Assert.Equal((PlanStatus.Rejected, ApprovalStatus.Rejected), ((await w.Store.FindPlanAsync(id, default))!.Status, r.Value.Approval.Status));
        Assert.Equal(SpendingErrors.InvalidTransition, (await Approve(w).RunAsync(id, "thutruong", World.Today, "1/QĐ", default)).FirstError.Code);
    }

    [Fact]
    public async Task Approval_ByThePlansMaker_IsRefused()
    {
        // The unit head also holds the accountant's grant, so the permission guard lets them add the plan.
        var w = await (await new World().WithEstimatesAsync()).GrantAsync("thutruong", Role.Accountant, RoleScope.Unit("VPTU"));
        var id = await SubmittedPlanAsync(w, 1_000_000, maker: "thutruong");

        var r = await Approve(w).RunAsync(id, "thutruong", World.Today, "1/QĐ", default);

        Assert.Equal(AuthorityErrors.MakerCannotApprove, r.FirstError.Code);
    }

    [Fact]
    public async Task Approval_ByWhoeverWroteAnAmountVersion_IsRefused()
    {
        var w = await (await new World().WithEstimatesAsync()).GrantAsync("thutruong", Role.Accountant, RoleScope.Unit("VPTU"));
        var plan = (await new AddRecurringPlan(w.Store, w.Access, w.Time).RunAsync(
            new NewRecurringPlan(World.Autonomous, "VNPT", 1_000_000, Schedule.Monthly, M("2026-01"), null, "ketoan"), default)).Value;
        plan.ChangeAmount(M("2026-06"), 1_100_000, "thutruong", w.Time.Now);
        await w.Store.SavePlanAsync(plan, default);
        await Submit(w).RunAsync(plan.Id, "ketoan", default);

        var r = await Approve(w).RunAsync(plan.Id, "thutruong", World.Today, "1/QĐ", default);

        Assert.Equal(AuthorityErrors.MakerCannotApprove, r.FirstError.Code);
        Assert.Contains("thutruong", r.FirstError.Message, StringComparison.Ordinal);
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
        Assert.True((await Submit(w).RunAsync(plan.Id, "ketoan", default)).IsSuccess);
        Assert.True((await Approve(w).RunAsync(plan.Id, "thutruong", World.Today, "8/QĐ", default)).IsSuccess);

        var r = (await Run(w).RunAsync(M("2026-04"), "ketoan", default)).Value;

        Assert.Equal([100_000L, 100_000L, 150_000L, 150_000L], r.Created.Select(c => c.Amount));
    }
}

using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class RecurringPlanTests
{
    private static YearMonth M(string s) => YearMonth.TryParse(s, out var m) ? m : throw new FormatException(s);

    private static RecurringPlan Plan(Schedule schedule = Schedule.Monthly, string start = "2026-01", string? end = null, long amount = 1_000_000) =>
        RecurringPlan.Create(1, Build.Key(), "VNPT Bắc Ninh", "Cước internet", schedule, M(start), end is null ? null : M(end), amount, "ketoan", Build.At).Value;

    private static string[] Months(IEnumerable<PlanOccurrence> o) => o.Select(x => x.Month.ToString()).ToArray();

    [Fact]
    public void Monthly_CatchesUpEveryMissedMonth()
    {
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], Months(Plan().Occurrences(M("2026-04"), [])));
    }

    [Fact]
    public void Occurrences_AlreadyGenerated_AreNotReturnedAgain()
    {
        var plan = Plan();
        var first = plan.Occurrences(M("2026-03"), []).Select(o => o.Month).ToList();

        Assert.Empty(plan.Occurrences(M("2026-03"), first));
        Assert.Equal(["2026-04"], Months(plan.Occurrences(M("2026-04"), first)));
    }

    [Fact]
    public void Quarterly_FallsOnTheStartMonthPlusThreeK()
    {
        Assert.Equal(["2026-02", "2026-05", "2026-08", "2026-11", "2027-02"], Months(Plan(Schedule.Quarterly, "2026-02").Occurrences(M("2027-03"), [])));
    }

    [Fact]
    public void Yearly_FallsOnTheStartMonthEachYear()
    {
        Assert.Equal(["2026-03", "2027-03"], Months(Plan(Schedule.Yearly, "2026-03").Occurrences(M("2028-02"), [])));
    }

    [Fact]
    public void EndMonth_IsTheLastOccurrence()
    {
        Assert.Equal(["2026-01", "2026-02", "2026-03"], Months(Plan(end: "2026-03").Occurrences(M("2026-12"), [])));
    }

    [Fact]
    public void AmountChangeMidYear_AppliesFromItsMonthAndKeepsEarlierAmounts()
    {
        var plan = Plan();
        Assert.True(plan.ChangeAmount(M("2026-07"), 1_200_000, "ketoan", Build.At).IsSuccess);

        var occurrences = plan.Occurrences(M("2026-12"), []);

        Assert.All(occurrences.Where(o => o.Month.Month < 7), o => Assert.Equal(1_000_000, o.Amount));
        Assert.All(occurrences.Where(o => o.Month.Month >= 7), o => Assert.Equal(1_200_000, o.Amount));
        Assert.Equal(2, plan.Versions.Count);
        Assert.Equal((6 * 1_000_000L) + (6 * 1_200_000L), plan.YearlyTotal(2026));
    }

    [Fact]
    public void AmountChange_OfAnApprovedPlan_SendsItBackForApproval()
    {
        var plan = Plan();
        Assert.True(plan.Submit(Guid.NewGuid()).IsSuccess);
        Assert.True(plan.Approve(new PlanApproval("unit-head", "thutruong", Build.At, "7/QĐ", 12_000_000, 2026)).IsSuccess);

        plan.ChangeAmount(M("2026-07"), 1_500_000, "ketoan", Build.At);

        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Null(plan.Approval);
        Assert.Null(plan.ApprovalId);
    }

    [Fact]
    public void Approve_OfADraftNotSubmitted_IsRefused_AndASubmittedPlanIsApprovedOnce()
    {
        var plan = Plan();
        var approval = new PlanApproval("unit-head", "thutruong", Build.At, "7/QĐ", 12_000_000, 2026);

        Assert.Equal(SpendingErrors.InvalidTransition, plan.Approve(approval).FirstError.Code);
        var chain = Guid.NewGuid();
        Assert.True(plan.Submit(chain).IsSuccess);
        Assert.Equal((PlanStatus.Submitted, (Guid?)chain), (plan.Status, plan.ApprovalId));
        Assert.Equal(SpendingErrors.InvalidTransition, plan.Submit(Guid.NewGuid()).FirstError.Code);
        Assert.True(plan.Approve(approval).IsSuccess);
        Assert.Equal(SpendingErrors.InvalidTransition, plan.Approve(approval).FirstError.Code);
        Assert.Equal(PlanStatus.Approved, plan.Status);
    }

    [Fact]
    public void Reject_EndsASubmittedPlan_WhichThenNeitherChangesNorIsApproved()
    {
        var plan = Plan();
        Assert.Equal(SpendingErrors.InvalidTransition, plan.Reject().FirstError.Code);
        plan.Submit(Guid.NewGuid());
        Assert.Equal(SpendingErrors.InvalidTransition, plan.ChangeAmount(M("2026-07"), 1_500_000, "ketoan", Build.At).FirstError.Code);

        Assert.True(plan.Reject().IsSuccess);

        Assert.Equal(PlanStatus.Rejected, plan.Status);
        Assert.Equal(SpendingErrors.InvalidTransition, plan.ChangeAmount(M("2026-07"), 1_500_000, "ketoan", Build.At).FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, plan.Approve(new PlanApproval("unit-head", "x", Build.At, "1", 1, 2026)).FirstError.Code);
    }

    [Fact]
    public void Makers_AreEveryAuthorOfAnAmountVersion()
    {
        var plan = Plan();
        plan.ChangeAmount(M("2026-07"), 1_500_000, "ketoan2", Build.At);

        Assert.Equal(["ketoan", "ketoan2"], plan.Makers);
    }

    [Fact]
    public void AmountChange_BeforeTheLatestVersion_IsRefused()
    {
        var plan = Plan();
        plan.ChangeAmount(M("2026-07"), 1_200_000, "ketoan", Build.At);

        Assert.Equal(SpendingErrors.BadMonth, plan.ChangeAmount(M("2026-05"), 900_000, "ketoan", Build.At).FirstError.Code);
    }

    [Fact]
    public void YearlyTotal_CountsOnlyTheOccurrencesInThatYear()
    {
        Assert.Equal(2_000_000, Plan(start: "2026-11").YearlyTotal(2026));
        Assert.Equal(12_000_000, Plan(start: "2026-11").YearlyTotal(2027));
        Assert.Equal(4_000_000, Plan(Schedule.Quarterly, "2026-01").YearlyTotal(2026));
    }

    [Fact]
    public void Create_WithEndBeforeStart_IsRefused()
    {
        var r = RecurringPlan.Create(1, Build.Key(), "VNPT", "x", Schedule.Monthly, M("2026-05"), M("2026-04"), 1, "k", Build.At);

        Assert.Equal(SpendingErrors.BadMonth, r.FirstError.Code);
    }

    [Fact]
    public void Occurrence_FromApprovedPlan_WaitsForBudgetThenTakesItsCommitment()
    {
        var plan = Plan();
        plan.Submit(Guid.NewGuid());
        plan.Approve(new PlanApproval("unit-head", "thutruong", Build.At, "7/QĐ", 12_000_000, 2026));
        var request = SpendingRequest.FromPlan(9, plan, M("2026-02"), 1_000_000, Build.At);
        var empty = BudgetLine.Open(Build.Key(), ControlMode.Stop);

        Assert.Equal(SpendingStatus.AwaitingBudget, request.Status);
        Assert.Equal(BudgetErrors.Insufficient, request.ApproveByPlan(empty, Build.At).FirstError.Code);
        Assert.Equal(SpendingStatus.AwaitingBudget, request.Status);
        Assert.True(request.ApproveByPlan(Build.Line(5_000_000), Build.At).IsSuccess);
        Assert.Equal(SpendingStatus.Approved, request.Status);
        Assert.Equal("7/QĐ", request.History[^1].DecisionNo);
    }
}

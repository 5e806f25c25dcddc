using PartyFinance.Domain.Authority;
using static PartyFinance.Domain.Tests.Authority.TestRuleSets;

namespace PartyFinance.Domain.Tests.Authority;

public class ApprovalRequestTests
{
    private const string Unit = "BTC";
    private static readonly DateOnly From = new(2024, 1, 1);
    private static readonly DateTimeOffset Now = new(2024, 5, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly RuleSet[] Catalogue = [FourBands()];

    private static readonly User Maker = UserWith("ketoan", Role.Accountant, RoleScope.Unit(Unit));
    private static readonly User Head = UserWith("truongban", Role.UnitHead, RoleScope.Unit(Unit));
    private static readonly User Chief = UserWith("chanhvp", Role.OfficeChief, RoleScope.Province);
    private static readonly User Board = UserWith("thuongtruc", Role.StandingBoard, RoleScope.Province);
    private static readonly User Committee = UserWith("btv", Role.StandingCommittee, RoleScope.Province);

    private static User UserWith(string login, Role role, RoleScope scope, DateOnly? to = null)
    {
        var user = User.Create(login, login.ToUpperInvariant()).Value;
        Assert.True(user.AddGrant(new RoleGrant(role, scope, From, to)).IsSuccess);
        return user;
    }

    private static ApprovalRequest Submit(long value, string maker = "ketoan") =>
        ApprovalRequest.Submit(Guid.NewGuid(), DocumentKind.PurchaseProposal, "TTr-12", Unit, maker, Question(value), Catalogue, Now).Value;

    private static PartyFinance.Domain.Common.Result Approve(ApprovalRequest r, int step, User who) =>
        r.Approve(step, who, "QĐ-" + step.ToString(System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2024, 5, 2), Now);

    [Theory]
    [InlineData(OfficeChiefFrom - 1, new[] { Decider.UnitHead })]
    [InlineData(OfficeChiefFrom, new[] { Decider.UnitHead, Decider.OfficeChief })]
    [InlineData(StandingBoardFrom, new[] { Decider.UnitHead, Decider.OfficeChief, Decider.StandingBoard })]
    [InlineData(StandingCommitteeFrom, new[] { Decider.UnitHead, Decider.OfficeChief, Decider.StandingBoard, Decider.StandingCommittee })]
    public void Submit_BuildsChainUpwardFromUnitHeadToRequiredDecider(long value, Decider[] expected)
    {
        var request = Submit(value);

        Assert.Equal(expected, request.Steps.Select(s => s.Decider));
        Assert.True(request.Steps[^1].IsFinal);
        Assert.Equal(1, request.Steps.Count(s => s.IsFinal));
    }

    [Fact]
    public void Approve_WhenUnitHeadIsTheRequiredDecider_ReleasesAfterOneStep()
    {
        var request = Submit(OfficeChiefFrom - 1);

        Assert.True(Approve(request, 1, Head).IsSuccess);

        Assert.Equal(ApprovalStatus.Released, request.Status);
    }

    [Fact]
    public void Approve_InAFourStepChain_ReleasesOnlyAfterStandingCommitteeSigns()
    {
        var request = Submit(StandingCommitteeFrom);

        Assert.True(Approve(request, 1, Head).IsSuccess);
        Assert.False(request.IsReleased);
        Assert.True(Approve(request, 2, Chief).IsSuccess);
        Assert.False(request.IsReleased);
        Assert.True(Approve(request, 3, Board).IsSuccess);
        Assert.False(request.IsReleased);
        Assert.Equal(Decider.StandingCommittee, request.NextStep?.Decider);
        Assert.True(Approve(request, 4, Committee).IsSuccess);

        Assert.True(request.IsReleased);
        Assert.Null(request.NextStep);
        Assert.Equal(
            [ApprovalEventKind.Submitted, ApprovalEventKind.Approved, ApprovalEventKind.Approved, ApprovalEventKind.Approved, ApprovalEventKind.Approved, ApprovalEventKind.Released],
            request.Events.Select(e => e.Kind));
    }

    [Fact]
    public void Approve_WhenApproverIsTheMaker_RefusesMakerCannotApprove()
    {
        var request = Submit(1, maker: "truongban");

        var result = Approve(request, 1, Head);

        Assert.Equal(AuthorityErrors.MakerCannotApprove, result.FirstError.Code);
        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Single(request.Events);
    }

    [Fact]
    public void Approve_WhenUnitHeadOfAnotherUnit_RefusesOutOfScope()
    {
        var otherHead = UserWith("truongbankhac", Role.UnitHead, RoleScope.Unit("BTG"));

        Assert.Equal(AuthorityErrors.ApproverOutOfScope, Approve(Submit(1), 1, otherHead).FirstError.Code);
    }

    [Fact]
    public void Approve_WhenGrantExpiredBeforeTheApprovalDate_RefusesOutOfScope()
    {
        var formerHead = UserWith("truongbancu", Role.UnitHead, RoleScope.Unit(Unit), to: new DateOnly(2024, 5, 1));

        Assert.Equal(AuthorityErrors.ApproverOutOfScope, Approve(Submit(1), 1, formerHead).FirstError.Code);
    }

    [Fact]
    public void Approve_WhenRoleIsWrongForTheStep_RefusesOutOfScope()
    {
        var request = Submit(StandingBoardFrom);
        Assert.True(Approve(request, 1, Head).IsSuccess);

        Assert.Equal(AuthorityErrors.ApproverOutOfScope, Approve(request, 2, Board).FirstError.Code);
    }

    [Fact]
    public void Approve_WhenStepIsNotTheNextOne_RefusesOutOfOrder()
    {
        var request = Submit(StandingBoardFrom);

        Assert.Equal(AuthorityErrors.StepOutOfOrder, Approve(request, 2, Head).FirstError.Code);
    }

    [Fact]
    public void Approve_WhenSameUserSignsTwoSteps_Refuses()
    {
        var both = UserWith("kiemnhiem", Role.UnitHead, RoleScope.Unit(Unit));
        Assert.True(both.AddGrant(new RoleGrant(Role.OfficeChief, RoleScope.Province, From, null)).IsSuccess);
        var request = Submit(OfficeChiefFrom);
        Assert.True(Approve(request, 1, both).IsSuccess);

        Assert.Equal(AuthorityErrors.ApproverAlreadySigned, Approve(request, 2, both).FirstError.Code);
    }

    [Fact]
    public void Approve_WhenAlreadyReleased_RefusesAsFinal()
    {
        var request = Submit(1);
        Assert.True(Approve(request, 1, Head).IsSuccess);

        Assert.Equal(AuthorityErrors.RequestFinal, Approve(request, 1, Head).FirstError.Code);
    }

    [Fact]
    public void Approve_WithoutDecisionNumber_Refuses()
    {
        var result = Submit(1).Approve(1, Head, " ", new DateOnly(2024, 5, 2), Now);

        Assert.Equal(AuthorityErrors.ApprovalNeedsDecisionNo, result.FirstError.Code);
    }

    [Fact]
    public void Approve_RecordsDecisionNumberDateRuleWhoAndWhen()
    {
        var request = Submit(1);
        Assert.True(request.Approve(1, Head, "15-QĐ/BTC", new DateOnly(2024, 4, 30), Now).IsSuccess);

        var approved = request.Events.Single(e => e.Kind == ApprovalEventKind.Approved);
        Assert.Equal(("15-QĐ/BTC", new DateOnly(2024, 4, 30), "truongban", Now, 1), (approved.DecisionNo, approved.DecisionDate, approved.Actor, approved.At, approved.Step));
        Assert.Equal("Bộ thử, dòng 2: Điều 5", approved.RuleApplied);
    }

    [Fact]
    public void Reject_WithoutReason_RefusesAndKeepsRequestPending()
    {
        var request = Submit(1);

        Assert.Equal(AuthorityErrors.RejectNeedsReason, request.Reject(Head, "  ", Now).FirstError.Code);
        Assert.Equal(ApprovalStatus.Pending, request.Status);
    }

    [Fact]
    public void Reject_WithReason_EndsTheRequestWithoutRelease()
    {
        var request = Submit(OfficeChiefFrom);
        Assert.True(Approve(request, 1, Head).IsSuccess);

        Assert.True(request.Reject(Chief, "Vượt dự toán được giao", Now).IsSuccess);

        Assert.Equal(ApprovalStatus.Rejected, request.Status);
        Assert.Equal("Vượt dự toán được giao", request.Events[^1].Reason);
        Assert.Equal(AuthorityErrors.RequestFinal, Approve(request, 2, Chief).FirstError.Code);
    }

    [Fact]
    public void History_IsAppendOnly_EarlierEventsStayAsRecorded()
    {
        var request = Submit(StandingBoardFrom);
        Assert.True(Approve(request, 1, Head).IsSuccess);
        var before = request.Events.ToList();

        Assert.True(Approve(request, 2, Chief).IsSuccess);

        Assert.Equal(before, request.Events.Take(before.Count));
        Assert.Equal([1, 2, 3], request.Events.Select(e => e.Sequence));
        Assert.False(request.Events is List<ApprovalEvent>);
    }

    [Fact]
    public void Submit_WhenNoRuleAnswers_RefusesAndCreatesNothing()
    {
        var question = Question(1, action: AuthorityAction.Sell, assetClass: AssetClass.Car);

        var result = ApprovalRequest.Submit(Guid.NewGuid(), DocumentKind.AssetAction, "TTr-1", Unit, "ketoan", question, Catalogue, Now);

        Assert.Equal(AuthorityErrors.NoRule, result.FirstError.Code);
    }
}

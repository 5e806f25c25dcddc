using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Budgeting;

public class SpendingWorkflowTests
{
    [Fact]
    public async Task Create_OverAvailable_IsSavedWithAnAdvisoryWarning()
    {
        var w = await new World().WithEstimatesAsync();

        var r = await new CreateSpendingRequest(w.Store, w.Access, w.Time).RunAsync(new NewSpendingRequest(World.Autonomous, 12_000_000, "Hội nghị", "ketoan"), default);

        Assert.True(r.IsSuccess);
        Assert.NotNull(r.Value.Check.Warning);
        Assert.Equal(SpendingStatus.Draft, (await w.Store.FindRequestAsync(r.Value.Request.Id, default))!.Status);
    }

    [Fact]
    public async Task Submit_AsksTheStoredRulesAboutAOneOffAmount_AndApproveRefusesAUserWithoutTheStepsRole()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.SubmittedAsync(1_000_000);
        var approval = (await w.Store.FindApprovalAsync((await w.Store.FindRequestAsync(id, default))!.ApprovalId!.Value, default))!;

        var r = await w.Approve.RunAsync(id, "chanhvp", World.Today, "1/QĐ", null, default);

        Assert.Equal(new AuthorityQuestion(AuthorityAction.Spend, AssetClass.Any, UnitKind.ProvincialOffice, Funding.Any, ValueBasis.PerPackage, SpendingKind.OneOff, 1_000_000, World.Today), approval.Question);
        Assert.Equal(("ketoan", Decider.UnitHead), (approval.Maker, approval.Decision.Decider));
        Assert.Equal(AuthorityErrors.ApproverOutOfScope, r.FirstError.Code);
        Assert.Equal(0, (await w.LineAsync(World.Autonomous)).Committed);
    }

    [Fact]
    public async Task Approve_ByTheMaker_IsRefused_EvenWhenTheMakerHoldsTheRole()
    {
        // The unit head also holds the accountant's grant, so the permission guard lets them make the request.
        var w = await (await new World().WithEstimatesAsync()).GrantAsync("thutruong", Role.Accountant, RoleScope.Unit("VPTU"));
        var created = await new CreateSpendingRequest(w.Store, w.Access, w.Time).RunAsync(new NewSpendingRequest(World.Autonomous, 1_000, "Mua bút", "thutruong"), default);
        await new SubmitRequest(w.Store, w.Authority, w.Access, w.Time).RunAsync(created.Value.Request.Id, "thutruong", default);

        var r = await w.Approve.RunAsync(created.Value.Request.Id, "thutruong", World.Today, "1/QĐ", null, default);

        Assert.Equal(AuthorityErrors.MakerCannotApprove, r.FirstError.Code);
        Assert.Equal(0, (await w.LineAsync(World.Autonomous)).Committed);
    }

    [Fact]
    public async Task Approve_AboveTheUnitHeadsBand_RunsTheChain_AndCommitsOnlyAtTheDecidersSignature()
    {
        var w = await new World().WithEstimatesAsync(World.Estimates.Replace("10000000", "90000000", StringComparison.Ordinal));
        var id = await w.SubmittedAsync(60_000_000);

        var first = await w.Approve.RunAsync(id, "thutruong", World.Today, "1/QĐ-VPTU", null, default);
        var line = await w.LineAsync(World.Autonomous);
        var early = await w.Approve.RunAsync(id, "thutruong", World.Today, "1/QĐ-VPTU", null, default);
        var last = await w.Approve.RunAsync(id, "chanhvp", World.Today, "2/QĐ-VPTU", null, default);

        Assert.Equal((SpendingStatus.Submitted, 2), (first.Value.Request.Status, first.Value.Approval.NextStep!.Number));
        Assert.Equal(0, line.Committed);
        Assert.Equal(AuthorityErrors.ApproverAlreadySigned, early.FirstError.Code);
        Assert.Equal((SpendingStatus.Approved, ApprovalStatus.Released, Decider.OfficeChief), (last.Value.Request.Status, last.Value.Approval.Status, last.Value.Approval.Decision.Decider));
        Assert.Equal(60_000_000, (await w.LineAsync(World.Autonomous)).Committed);
        Assert.Equal(["create", "submit", "sign", "approve"], last.Value.Request.History.Select(h => h.Action));
    }

    [Fact]
    public async Task Approve_RefusedByTheBudget_LeavesTheChainUnsigned()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.SubmittedAsync(12_000_000);

        var r = await w.Approve.RunAsync(id, "thutruong", World.Today, "1/QĐ", null, default);
        var approval = (await w.Store.FindApprovalAsync((await w.Store.FindRequestAsync(id, default))!.ApprovalId!.Value, default))!;

        Assert.Equal(BudgetErrors.Insufficient, r.FirstError.Code);
        Assert.Equal((ApprovalStatus.Pending, 1), (approval.Status, approval.Events.Count));
    }

    [Fact]
    public async Task StaleCopy_RejectedAfterTheRequestWasApproved_IsRefused_AndTheCommitmentStays()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.SubmittedAsync(1_000_000);
        var stale = (await w.Store.FindRequestAsync(id, default))!;
        Assert.True((await w.Approve.RunAsync(id, "thutruong", World.Today, "1/QĐ", null, default)).IsSuccess);

        Assert.True(stale.Reject("thutruong", w.Time.GetUtcNow(), "Sai mục").IsSuccess);
        var saved = await w.Store.SaveRequestAsync(stale, default);

        Assert.Equal(SpendingErrors.ConcurrentChange, saved.FirstError.Code);
        var stored = (await w.Store.FindRequestAsync(id, default))!;
        Assert.Equal((SpendingStatus.Approved, "approve"), (stored.Status, stored.History[^1].Action));
        Assert.Equal(1_000_000, (await w.LineAsync(World.Autonomous)).Committed);
    }

    [Fact]
    public async Task Approve_OfARequestSubmittedBeforeChainsExisted_OpensItsChainThenSigns()
    {
        var w = await new World().WithEstimatesAsync();
        var created = await new CreateSpendingRequest(w.Store, w.Access, w.Time).RunAsync(new NewSpendingRequest(World.Autonomous, 1_000, "Mua bút", "ketoan"), default);
        var legacy = (await w.Store.FindRequestAsync(created.Value.Request.Id, default))!;
        Assert.True(legacy.Submit("ketoan", w.Time.GetUtcNow()).IsSuccess);
        Assert.True((await w.Store.SaveRequestAsync(legacy, default)).IsSuccess);

        var r = await w.Approve.RunAsync(legacy.Id, "thutruong", World.Today, "1/QĐ", null, default);

        Assert.True(r.IsSuccess, r.IsFailure ? r.FirstError.Describe() : null);
        Assert.Equal((SpendingStatus.Approved, ApprovalStatus.Released, "ketoan"), (r.Value.Request.Status, r.Value.Approval.Status, r.Value.Approval.Maker));
        Assert.Equal(r.Value.Approval.Id, (await w.Store.FindRequestAsync(legacy.Id, default))!.ApprovalId);
    }

    [Fact]
    public async Task Cancel_OfAnApprovedRequest_NeedsAReason()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.ApprovedAsync(4_000_000);

        var r = await new CancelRequest(w.Store, w.Access, w.Time).RunAsync(id, "ketoan", null, default);

        Assert.Equal(SpendingErrors.ReasonRequired, r.FirstError.Code);
        Assert.Equal(4_000_000, (await w.LineAsync(World.Autonomous)).Committed);
    }

    [Fact]
    public async Task FiftyConcurrentApprovals_OfOneMillion_AgainstTenMillion_ExactlyTenSucceed()
    {
        var w = await new World().WithEstimatesAsync();
        var ids = new List<long>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await w.SubmittedAsync(1_000_000));
        }

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => w.Approve.RunAsync(id, "thutruong", World.Today, "1/QĐ", null, default))));

        Assert.Equal(10, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => r.IsFailure), r => Assert.Equal(BudgetErrors.Insufficient, r.FirstError.Code));
        Assert.Equal(0, (await w.LineAsync(World.Autonomous)).Available);
    }

    [Fact]
    public async Task Pay_PostsABalancedVoucherAndSpendsTheCommitment()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.ApprovedAsync(2_500_000);

        var r = await w.Pay.RunAsync(id, "ketoan", World.Today, PaymentMethod.BudgetWithdrawal, false, default);

        Assert.True(r.IsSuccess);
        Assert.Equal(("RDT-2026-0001", SpendingStatus.Paid), (r.Value.VoucherNo, r.Value.Status));
        Assert.Empty(VoucherRules.Check(w.Poster.Payments.Single(), new FakeLedgerCatalog()));
        var line = await w.LineAsync(World.Autonomous);
        Assert.Equal((0L, 2_500_000L), (line.Committed, line.Spent));
    }

    [Fact]
    public async Task Pay_RefusedByTheLedger_LeavesTheLineAndRequestUnchanged()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.ApprovedAsync(2_500_000);
        w.Poster.Refuse = true;

        var r = await w.Pay.RunAsync(id, "ketoan", World.Today, PaymentMethod.BudgetWithdrawal, false, default);

        Assert.Equal(LedgerErrors.PeriodLocked, r.FirstError.Code);
        Assert.Equal(SpendingStatus.Approved, (await w.Store.FindRequestAsync(id, default))!.Status);
        Assert.Equal((2_500_000L, 0L), ((await w.LineAsync(World.Autonomous)).Committed, (await w.LineAsync(World.Autonomous)).Spent));
    }

    [Theory]
    [InlineData(2027, 1, 31, true)]
    [InlineData(2027, 2, 1, false)]
    public async Task Pay_IsAllowedUntilTheEndOfTheSettlementAdjustmentPeriod(int y, int m, int d, bool allowed)
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.ApprovedAsync(1_000);

        var r = await w.Pay.RunAsync(id, "ketoan", new DateOnly(y, m, d), PaymentMethod.BudgetWithdrawal, false, default);

        Assert.Equal(allowed, r.IsSuccess);
        if (allowed)
        {
            Assert.Equal("008112", w.Poster.Payments.Single().Lines[^1].AccountCode);
        }
        else
        {
            Assert.Equal(BudgetErrors.SettlementPeriodEnded, r.FirstError.Code);
        }
    }

    [Fact]
    public async Task PayingTwice_IsRefusedWithInvalidTransition()
    {
        var w = await new World().WithEstimatesAsync();
        await w.PostEventAsync("withdraw-cash", 5_000);
        var id = await w.ApprovedAsync(1_000);
        Assert.True((await w.Pay.RunAsync(id, "ketoan", World.Today, PaymentMethod.Cash, false, default)).IsSuccess);

        var r = await w.Pay.RunAsync(id, "ketoan", World.Today, PaymentMethod.Cash, false, default);

        Assert.Equal(SpendingErrors.InvalidTransition, r.FirstError.Code);
        Assert.Equal(["RDT", "PC"], w.Poster.Payments.Select(p => p.TypeCode));
    }

    [Fact]
    public async Task Cancel_OfApprovedRequest_ReleasesTheCommitment()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.ApprovedAsync(4_000_000);

        var r = await new CancelRequest(w.Store, w.Access, w.Time).RunAsync(id, "ketoan", "Hoãn", default);

        Assert.Equal(SpendingStatus.Cancelled, r.Value.Status);
        Assert.Equal(10_000_000, (await w.LineAsync(World.Autonomous)).Available);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefused()
    {
        var w = await new World().WithEstimatesAsync();
        var id = await w.SubmittedAsync(1_000);

        Assert.Equal(SpendingErrors.ReasonRequired, (await new RejectRequest(w.Store, w.Authority, w.Access, w.Time).RunAsync(id, "thutruong", "", default)).FirstError.Code);
        Assert.Equal(SpendingStatus.Rejected, (await new RejectRequest(w.Store, w.Authority, w.Access, w.Time).RunAsync(id, "thutruong", "Sai mục", default)).Value.Status);
    }

    [Fact]
    public async Task Advance_IsPaidFromWithdrawnCashThenSettledForLess_AndTheTreasurySettlementTurnsItIntoSpending()
    {
        var w = await new World().WithEstimatesAsync();
        await w.PostEventAsync("withdraw-cash", 3_000_000);
        var id = await w.ApprovedAsync(3_000_000, nature: SpendingNature.Advance);
        Assert.True((await w.Pay.RunAsync(id, "ketoan", World.Today, PaymentMethod.Cash, false, default)).IsSuccess);

        var r = await new SettleAdvance(w.Store, w.Poster, World.Reference, w.Access, w.Time).RunAsync(id, 2_600_000, "ketoan", World.Today, default);

        Assert.Equal(SpendingStatus.Settled, r.Value.Status);
        Assert.Equal(["RDT", "PC", "PKT"], w.Poster.Payments.Select(p => p.TypeCode));
        var settled = await w.LineAsync(World.Autonomous);
        Assert.Equal((0L, 0L, 3_000_000L, 7_000_000L), (settled.Committed, settled.Spent, settled.Advanced, settled.Available));

        await w.PostEventAsync("treasury-advance-settle", 2_600_000);

        var line = await w.LineAsync(World.Autonomous);
        Assert.Equal((0L, 2_600_000L, 400_000L, 7_000_000L), (line.Committed, line.Spent, line.Advanced, line.Available));
    }

    [Fact]
    public async Task UnknownRequest_IsRefusedWithRequestNotFound()
    {
        var w = new World();

        Assert.Equal(SpendingErrors.RequestNotFound, (await new SubmitRequest(w.Store, w.Authority, w.Access, w.Time).RunAsync(99, "ketoan", default)).FirstError.Code);
    }

    [Fact]
    public async Task CashPayments_SpendOnlyWhatWasWithdrawnOnTheLine_SoTheLineNeverRegainsRoom()
    {
        var w = await new World().WithEstimatesAsync();
        var first = await w.ApprovedAsync(3_000_000);

        var refused = await w.Pay.RunAsync(first, "ketoan", World.Today, PaymentMethod.Cash, false, default);
        Assert.Equal(CashCover.NotWithdrawn, refused.FirstError.Code);
        Assert.Empty(w.Poster.Payments);

        await w.PostEventAsync("withdraw-cash", 5_000_000);
        Assert.True((await w.Pay.RunAsync(first, "ketoan", World.Today, PaymentMethod.Cash, false, default)).IsSuccess);
        var second = await w.ApprovedAsync(3_000_000);
        Assert.Equal(CashCover.NotWithdrawn, (await w.Pay.RunAsync(second, "ketoan", World.Today, PaymentMethod.Bank, false, default)).FirstError.Code);

        var line = await w.LineAsync(World.Autonomous);
        Assert.Equal((5_000_000L, 3_000_000L, 2_000_000L), (line.Advanced, line.Committed, line.Available));
        Assert.True((await w.Pay.RunAsync(second, "ketoan", World.Today, PaymentMethod.BudgetWithdrawal, false, default)).IsSuccess);
    }
}

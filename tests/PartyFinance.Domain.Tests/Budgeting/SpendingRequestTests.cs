using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class SpendingRequestTests
{
    private static readonly DateTimeOffset At = Build.At;

    [Fact]
    public void Create_WithoutAmountOrPurpose_ReportsBoth()
    {
        var r = SpendingRequest.Create(1, Build.Key(), 0, " ", null, SpendingNature.Payment, "ketoan", At);

        Assert.Equal([SpendingErrors.AmountNotPositive, SpendingErrors.PurposeMissing], r.Errors.Select(e => e.Code));
    }

    [Fact]
    public void HappyPath_DraftSubmittedApprovedPaid_RecordsEachStepInHistory()
    {
        var line = Build.Line(1_000_000);
        var r = Build.Request(1, 400_000);

        Assert.True(r.Submit("ketoan", At).IsSuccess);
        Assert.True(r.Approve(line, "thutruong", At, "05/QĐ").IsSuccess);
        Assert.Equal(400_000, line.Committed);
        Assert.True(r.MarkPaid(line, "ketoan", At, "RDT-2026-0001").IsSuccess);

        Assert.Equal(SpendingStatus.Paid, r.Status);
        Assert.Equal(400_000, Build.Booked(line, 400_000).Spent);
        Assert.Equal(0, line.Committed);
        Assert.Equal(["create", "submit", "approve", "pay"], r.History.Select(h => h.Action));
        Assert.Equal("thutruong", r.History[2].By);
        Assert.Equal("RDT-2026-0001", r.History[3].VoucherNo);
    }

    [Fact]
    public void EveryBudgetTransition_ChecksTheActorBeforeTheLineChanges()
    {
        var line = Build.Line(1_000_000);
        var r = Build.Request(1, 400_000);
        Assert.True(r.Submit("ketoan", At).IsSuccess);

        Assert.Equal(SpendingErrors.ActorMissing, r.Approve(line, " ", At, "05/QĐ").FirstError.Code);
        Assert.Equal(0, line.Committed);
        Assert.True(r.Approve(line, "thutruong", At, "05/QĐ").IsSuccess);
        Assert.Equal(SpendingErrors.ActorMissing, r.MarkPaid(line, "", At, "RDT-1").FirstError.Code);
        Assert.Equal(SpendingErrors.ActorMissing, r.Cancel(line, "", At, "Hoãn").FirstError.Code);
        Assert.Equal((400_000L, 0L, SpendingStatus.Approved), (line.Committed, line.Spent, r.Status));
    }

    [Fact]
    public void Cancel_OfAnApprovedRequest_NeedsAReason_AndKeepsTheCommitmentWithout()
    {
        var line = Build.Line(1_000_000);
        var r = Build.Request(1, 400_000);
        Assert.True(r.Submit("ketoan", At).IsSuccess);
        Assert.True(r.Approve(line, "thutruong", At, "05/QĐ").IsSuccess);

        Assert.Equal(SpendingErrors.ReasonRequired, r.Cancel(line, "ketoan", At, " ").FirstError.Code);
        Assert.Equal(400_000, line.Committed);
        Assert.True(r.Cancel(line, "ketoan", At, "Hoãn mua").IsSuccess);
        Assert.Equal(0, line.Committed);
    }

    [Fact]
    public void Approve_OverAvailableOnStopLine_IsRefusedAndStaysSubmitted()
    {
        var line = Build.Line(100_000);
        var r = Build.Request(1, 400_000);
        r.Submit("ketoan", At);

        var result = r.Approve(line, "thutruong", At, null);

        Assert.Equal(BudgetErrors.Insufficient, result.FirstError.Code);
        Assert.Equal(SpendingStatus.Submitted, r.Status);
        Assert.Equal(0, line.Committed);
    }

    [Fact]
    public void Approve_OnWarnLineWithOverride_RecordsTheOverrideInHistory()
    {
        var line = Build.Line(100_000, ControlMode.Warn);
        var r = Build.Request(1, 400_000);
        r.Submit("ketoan", At);

        Assert.True(r.Approve(line, "thutruong", At, null, new BudgetOverride("thutruong", "Sự kiện đột xuất")).IsSuccess);

        Assert.Contains("Sự kiện đột xuất", r.History[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_AgainstAnotherLine_IsRefused()
    {
        var r = Build.Request(1, 1_000);
        r.Submit("ketoan", At);

        var result = r.Approve(Build.Line(1_000_000, key: Build.Key(item: "6502")), "thutruong", At, null);

        Assert.Equal(BudgetErrors.LineMismatch, result.FirstError.Code);
    }

    [Fact]
    public void Transitions_ThatDoNotApply_AreRefusedWithInvalidTransition()
    {
        var line = Build.Line(1_000_000);
        var draft = Build.Request(1, 1_000);
        Assert.Equal(SpendingErrors.InvalidTransition, draft.Approve(line, "x", At, null).FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, draft.Reject("x", At, "lý do").FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, draft.MarkPaid(line, "x", At, "V1").FirstError.Code);

        var paid = Build.Approved(line, 2, 1_000);
        paid.MarkPaid(line, "x", At, "V2");
        Assert.Equal(SpendingErrors.InvalidTransition, paid.Submit("x", At).FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, paid.Cancel(line, "x", At, null).FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, paid.MarkPaid(line, "x", At, "V3").FirstError.Code);
        Assert.Equal(SpendingStatus.Paid, paid.Status);
        Assert.Equal(0, line.Committed);
    }

    [Fact]
    public void Reject_WithoutReason_IsRefused_AndWithReasonKeepsIt()
    {
        var r = Build.Request(1, 1_000);
        r.Submit("ketoan", At);

        Assert.Equal(SpendingErrors.ReasonRequired, r.Reject("thutruong", At, "  ").FirstError.Code);
        Assert.True(r.Reject("thutruong", At, "Sai mục chi").IsSuccess);
        Assert.Equal(SpendingStatus.Rejected, r.Status);
        Assert.Equal("Sai mục chi", r.History[^1].Reason);
        Assert.Equal(SpendingErrors.InvalidTransition, r.Cancel(null, "x", At, null).FirstError.Code);
    }

    [Fact]
    public void Cancel_OfApprovedRequest_ReleasesTheCommitment()
    {
        var line = Build.Line(1_000_000);
        var r = Build.Approved(line, 1, 300_000);

        Assert.True(r.Cancel(line, "ketoan", At, "Hoãn hội nghị").IsSuccess);

        Assert.Equal(SpendingStatus.Cancelled, r.Status);
        Assert.Equal(0, line.Committed);
        Assert.Equal(1_000_000, line.Available);
        Assert.Equal(CommitmentStatus.Voided, line.FindCommitment(1)!.Status);
    }

    [Fact]
    public void Cancel_OfDraft_NeedsNoLine()
    {
        var r = Build.Request(1, 1_000);

        Assert.True(r.Cancel(null, "ketoan", At, null).IsSuccess);
        Assert.Equal(SpendingStatus.Cancelled, r.Status);
    }

    [Fact]
    public void Pay_AfterTheEstimateWasCutBelowCommitments_IsRefusedOnStopLine()
    {
        var line = Build.Line(1_000_000, ControlMode.Warn);
        var r = Build.Approved(line, 1, 900_000);
        var stop = BudgetLine.Restore(line.Key, ControlMode.Stop,
            [.. line.Movements, new BudgetMovement(MovementKind.Adjustment, -500_000, "40-QĐ/TU", new DateOnly(2026, 9, 1))], line.Commitments,
            line.Books with { Estimate = line.Books.Estimate - 500_000 });

        Assert.Equal(BudgetErrors.Insufficient, r.MarkPaid(stop, "ketoan", At, "V1").FirstError.Code);
        Assert.Equal(SpendingStatus.Approved, r.Status);
    }

    [Fact]
    public void Advance_IsSettledWithLessThanAdvanced_AndTheRestIsReleased()
    {
        var line = Build.Line(1_000_000);
        var r = Build.Approved(line, 1, 500_000, SpendingNature.Advance);
        Assert.True(r.MarkPaid(line, "ketoan", At, "PC-1").IsSuccess);
        Assert.Equal(500_000, line.Committed);

        Assert.True(r.SettleAdvance(line, 420_000, "ketoan", At, "PKT-1").IsSuccess);

        Assert.Equal(SpendingStatus.Settled, r.Status);
        Assert.Equal(420_000, r.SettledAmount);
        Assert.Equal(0, line.Committed);
        Assert.Equal(580_000, Build.Booked(line, 420_000).Available);
    }

    [Fact]
    public void Advance_SettledForMoreThanAdvanced_IsRefused()
    {
        var line = Build.Line(1_000_000);
        var r = Build.Approved(line, 1, 500_000, SpendingNature.Advance);
        r.MarkPaid(line, "ketoan", At, "PC-1");

        Assert.Equal(SpendingErrors.SettlementExceedsAdvance, r.SettleAdvance(line, 500_001, "ketoan", At, "PKT-1").FirstError.Code);
        Assert.Equal(SpendingStatus.Paid, r.Status);
    }

    [Fact]
    public void Settle_OfAPaymentOrUnpaidAdvance_IsRefused()
    {
        var line = Build.Line(1_000_000);
        var payment = Build.Approved(line, 1, 100_000);
        var advance = Build.Approved(line, 2, 100_000, SpendingNature.Advance);

        Assert.Equal(SpendingErrors.NotAnAdvance, payment.SettleAdvance(line, 1, "k", At, "X").FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, advance.SettleAdvance(line, 1, "k", At, "X").FirstError.Code);
    }

    [Fact]
    public void Create_AdvanceWithoutPayee_IsRefusedNamingTheField()
    {
        var r = SpendingRequest.Create(9, Build.Key(), 500_000, "Tạm ứng công tác", " ", SpendingNature.Advance, "ketoan", Build.At);
        Assert.Equal((SpendingErrors.AdvancePayeeMissing, "payee"), (r.FirstError.Code, r.FirstError.Field));
    }
}

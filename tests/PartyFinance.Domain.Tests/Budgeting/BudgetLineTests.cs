using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class BudgetLineTests
{
    [Fact]
    public void Available_IsAllocatedPlusAdjustmentsMinusCommittedMinusSpent()
    {
        var line = Build.Line(10_000_000);
        Assert.True(line.Record(new BudgetMovement(MovementKind.Supplement, 2_000_000, "20-QĐ/TU", new DateOnly(2026, 6, 1))).IsSuccess);
        Assert.True(line.Record(new BudgetMovement(MovementKind.Adjustment, -500_000, "21-QĐ/TU", new DateOnly(2026, 7, 1))).IsSuccess);
        Assert.True(line.Commit(1, 3_000_000).IsSuccess);
        Assert.True(line.Commit(2, 1_000_000).IsSuccess);
        Assert.True(line.Post(2, 1_000_000).IsSuccess);
        line = Build.Booked(line, 1_000_000);

        Assert.Equal(10_000_000, line.Allocated);
        Assert.Equal(1_500_000, line.Adjustments);
        Assert.Equal(3_000_000, line.Committed);
        Assert.Equal(1_000_000, line.Spent);
        Assert.Equal(7_500_000, line.Available);
    }

    [Fact]
    public void Supplement_KeepsTheOriginalAllocationVisible()
    {
        var line = Build.Line(10_000_000);
        line.Record(new BudgetMovement(MovementKind.Supplement, 2_000_000, "20-QĐ/TU", new DateOnly(2026, 6, 1)));

        Assert.Equal([MovementKind.Allocation, MovementKind.Supplement], line.Movements.Select(m => m.Kind));
        Assert.Equal(10_000_000, line.Movements[0].Amount);
    }

    [Fact]
    public void Commit_OnStopLine_RefusesMoreThanAvailable()
    {
        var line = Build.Line(1_000_000);

        var r = line.Commit(1, 1_000_001, new BudgetOverride("truongban", "khẩn cấp"));

        Assert.Equal(BudgetErrors.Insufficient, r.FirstError.Code);
        Assert.Equal(0, line.Committed);
    }

    [Fact]
    public void Commit_OfExactlyAvailable_IsAllowedAndLeavesZero()
    {
        var line = Build.Line(1_000_000);

        Assert.True(line.Commit(1, 1_000_000).IsSuccess);
        Assert.Equal(0, line.Available);
    }

    [Fact]
    public void Commit_OnWarnLineWithoutOverride_IsRefusedWithOverrideRequired()
    {
        var line = Build.Line(1_000_000, ControlMode.Warn);

        Assert.Equal(BudgetErrors.OverrideRequired, line.Commit(1, 2_000_000).FirstError.Code);
        Assert.Equal(BudgetErrors.OverrideRequired, line.Commit(1, 2_000_000, new BudgetOverride("truongban", " ")).FirstError.Code);
    }

    [Fact]
    public void Commit_OnWarnLineWithOverride_IsAllowedAndRecordsWhoAndWhy()
    {
        var line = Build.Line(1_000_000, ControlMode.Warn);

        var r = line.Commit(1, 2_000_000, new BudgetOverride("truongban", "Hội nghị đột xuất"));

        Assert.True(r.IsSuccess);
        Assert.Equal(new BudgetOverride("truongban", "Hội nghị đột xuất"), line.FindCommitment(1)!.Override);
        Assert.Equal(-1_000_000, line.Available);
    }

    [Fact]
    public void Commit_WithinAvailableOnWarnLine_DoesNotRecordAnOverride()
    {
        var line = Build.Line(1_000_000, ControlMode.Warn);

        line.Commit(1, 500_000, new BudgetOverride("truongban", "không cần"));

        Assert.Null(line.FindCommitment(1)!.Override);
    }

    [Fact]
    public void Post_OfLessThanCommitted_ReleasesTheRest()
    {
        var line = Build.Line(1_000_000);
        line.Commit(1, 600_000);

        Assert.True(line.Post(1, 450_000).IsSuccess);
        line = Build.Booked(line, 450_000);

        Assert.Equal(0, line.Committed);
        Assert.Equal(450_000, line.Spent);
        Assert.Equal(550_000, line.Available);
    }

    [Fact]
    public void Post_OfMoreThanCommitted_IsRefused()
    {
        var line = Build.Line(1_000_000);
        line.Commit(1, 600_000);

        Assert.Equal(BudgetErrors.PostExceedsCommitment, line.Post(1, 600_001).FirstError.Code);
        Assert.Equal(600_000, line.Committed);
    }

    [Fact]
    public void Commitment_OncePostedOrVoided_CannotBeChangedAgain()
    {
        var line = Build.Line(1_000_000);
        line.Commit(1, 100_000);
        line.Commit(2, 100_000);
        line.Post(1, 100_000);
        line.Void(2);

        Assert.Equal(BudgetErrors.CommitmentNotPending, line.Void(1).FirstError.Code);
        Assert.Equal(BudgetErrors.CommitmentNotPending, line.Post(2, 100_000).FirstError.Code);
        Assert.Equal(BudgetErrors.CommitmentExists, line.Commit(1, 100).FirstError.Code);
        Assert.Equal(900_000, Build.Booked(line, 100_000).Available);
    }

    [Fact]
    public void Decrease_OfMoreThanAvailable_IsRefused()
    {
        var line = Build.Line(1_000_000);
        line.Commit(1, 800_000);

        var r = line.Record(new BudgetMovement(MovementKind.Adjustment, -300_000, "30-QĐ/TU", new DateOnly(2026, 8, 1)));

        Assert.Equal(BudgetErrors.Insufficient, r.FirstError.Code);
        Assert.Equal(0, line.Adjustments);
    }

    [Fact]
    public void Movement_WithoutDecisionNumber_IsRefused()
    {
        var line = BudgetLine.Open(Build.Key(), ControlMode.Stop);

        var r = line.Record(new BudgetMovement(MovementKind.Allocation, 1_000, " ", new DateOnly(2026, 1, 5)));

        Assert.Equal(BudgetErrors.DecisionMissing, r.FirstError.Code);
    }

    [Fact]
    public void Restore_RebuildsTheSameCountersFromDecisionsCommitmentsAndBooks()
    {
        var line = Build.Line(5_000_000);
        line.Commit(1, 1_000_000);
        line.Commit(2, 2_000_000);
        line.Post(2, 1_500_000);

        var copy = BudgetLine.Restore(line.Key, line.ControlMode, line.Movements, line.Commitments, line.Books with { Actual = 1_500_000 });

        Assert.Equal((5_000_000L, 0L, 1_000_000L, 1_500_000L, 2_500_000L), (copy.Allocated, copy.Adjustments, copy.Committed, copy.Spent, copy.Available));
    }

    [Fact]
    public void Check_IsAdvisoryAndNeverChangesTheLine()
    {
        var line = Build.Line(1_000_000);

        var check = line.Check(2_000_000);

        Assert.False(check.HasRoom);
        Assert.NotNull(check.Warning);
        Assert.Equal(1_000_000, line.Available);
        Assert.Null(line.Check(1_000_000).Warning);
    }

    [Theory]
    [InlineData(MovementKind.Supplement, -1)]
    [InlineData(MovementKind.Allocation, -1)]
    [InlineData(MovementKind.TransferOut, 1)]
    [InlineData(MovementKind.Adjustment, 0)]
    public void Movement_WithTheWrongSign_IsRefused(MovementKind kind, long amount)
    {
        var line = Build.Line(1_000_000);

        var r = line.Record(new BudgetMovement(kind, amount, "1-QĐ/TU", new DateOnly(2026, 2, 1)));

        Assert.Equal(BudgetErrors.AmountNotPositive, r.FirstError.Code);
        Assert.Single(line.Movements);
    }
}

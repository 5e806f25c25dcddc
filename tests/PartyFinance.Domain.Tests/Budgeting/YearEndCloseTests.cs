using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class YearEndCloseTests
{
    private static readonly CarryForwardRule[] Rules =
    [
        new("e", CarryForwardRule.AutonomousFunding, new DateOnly(2026, 1, 1), null, "Luật NSNN 89/2025/QH15 Điều 66.3", "V"),
        new("d", CarryForwardRule.ContractSignedByYearEnd, new DateOnly(2026, 1, 1), null, "Luật NSNN 89/2025/QH15 Điều 66.3", "V"),
    ];

    [Fact]
    public void AutonomousLine_CarriesAllUnspentEstimateUnderLetterE()
    {
        var line = Build.Line(10_000_000);
        var open = Build.Approved(line, 1, 2_000_000);
        line.Commit(2, 3_000_000);
        line.Post(2, 3_000_000);

        var d = YearEndClose.Classify(Build.Booked(line, 3_000_000), [open], Rules);

        Assert.Equal((7_000_000L, 0L), (d.Carried, d.Cancelled));
        Assert.Contains("điểm e", d.CarryCitation, StringComparison.Ordinal);
        Assert.Equal([1L], d.CarriedRequests);
    }

    [Fact]
    public void NonAutonomousLine_CarriesOnlyContractsSignedByYearEnd_AndCancelsTheRest()
    {
        var line = Build.Line(10_000_000, key: Build.Key(autonomy: Autonomy.NonAutonomous));
        var signed = Build.Approved(line, 1, 4_000_000, contract: new DateOnly(2026, 12, 31));
        var late = Build.Approved(line, 2, 1_000_000, contract: new DateOnly(2027, 1, 2));
        var none = Build.Approved(line, 3, 500_000);

        var d = YearEndClose.Classify(line, [signed, late, none], Rules);

        Assert.Equal(4_000_000, d.Carried);
        Assert.Equal(6_000_000, d.Cancelled);
        Assert.Contains("điểm d", d.CarryCitation, StringComparison.Ordinal);
        Assert.Equal([1L], d.CarriedRequests);
        Assert.Equal([2L, 3L], d.CancelledRequests);
    }

    [Fact]
    public void WithoutTheAutonomousRuleInTheData_AutonomousEstimateIsCancelled()
    {
        var line = Build.Line(1_000_000);

        var d = YearEndClose.Classify(line, [], [Rules[1]]);

        Assert.Equal((0L, 1_000_000L), (d.Carried, d.Cancelled));
    }

    [Fact]
    public void Apply_EmptiesTheOldLine_AndMovesCarriedEstimateAndCommitmentsToNextYear()
    {
        var line = Build.Line(10_000_000, key: Build.Key(autonomy: Autonomy.NonAutonomous));
        var signed = Build.Approved(line, 1, 4_000_000, contract: new DateOnly(2026, 11, 1));
        var none = Build.Approved(line, 2, 500_000);
        var target = BudgetLine.Open(line.Key.CarryTarget(), ControlMode.Stop);
        var d = YearEndClose.Classify(line, [signed, none], Rules);

        Assert.True(YearEndClose.Apply(d, line, target, [signed, none], "ketoan", Build.At, new DateOnly(2027, 2, 1)).IsSuccess);

        Assert.Equal(0, line.Available);
        Assert.Equal(0, line.Committed);
        Assert.Equal(4_000_000, target.Committed);
        Assert.Equal(0, target.Available);
        Assert.Equal(target.Key, signed.Key);
        Assert.Equal(SpendingStatus.Cancelled, none.Status);
        Assert.Equal(BudgetErrors.AlreadyClosed, YearEndClose.Apply(d, line, target, [], "k", Build.At, new DateOnly(2027, 2, 1)).FirstError.Code);
    }

    [Fact]
    public void OverdrawnWarnLine_CarriesItsCommitmentsWithARestatedOverride_AndCancelsNothing()
    {
        var line = Build.Line(1_000_000, ControlMode.Warn);
        var r = Build.Request(1, 3_000_000, line.Key);
        r.Submit("ketoan", Build.At);
        r.Approve(line, "thutruong", Build.At, null, new BudgetOverride("thutruong", "khẩn"));
        var target = BudgetLine.Open(line.Key.CarryTarget(), ControlMode.Warn);
        var d = YearEndClose.Classify(line, [r], Rules);

        Assert.True(YearEndClose.Apply(d, line, target, [r], "ketoan", Build.At, new DateOnly(2027, 2, 1)).IsSuccess);

        Assert.Equal((1_000_000L, 0L), (d.Carried, d.Cancelled));
        Assert.Equal(3_000_000, target.Committed);
        Assert.NotNull(target.FindCommitment(1)!.Override);
    }
}

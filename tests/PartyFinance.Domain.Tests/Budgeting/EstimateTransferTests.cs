using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

public class EstimateTransferTests
{
    [Theory]
    [InlineData(14, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void Transfer_IsAllowedUntilTheCalendarDeadlineInclusive(int day, bool allowed)
    {
        var from = Build.Line(5_000_000);
        var to = BudgetLine.Open(Build.Key(unit: "BTC"), ControlMode.Stop);

        var r = EstimateTransfer.Apply(from, to, 1_000_000, "50-QĐ/TU", new DateOnly(2026, 12, day), Build.Calendar());

        Assert.Equal(allowed, r.IsSuccess);
        Assert.Equal(allowed ? 1_000_000 : 0, to.Available);
        if (!allowed)
        {
            Assert.Equal(BudgetErrors.TransferDeadlinePassed, r.FirstError.Code);
        }
    }

    [Fact]
    public void Transfer_LeavesTheOriginalAllocationVisibleOnBothSides()
    {
        var from = Build.Line(5_000_000);
        var to = BudgetLine.Open(Build.Key(unit: "BTC"), ControlMode.Stop);

        EstimateTransfer.Apply(from, to, 1_000_000, "50-QĐ/TU", new DateOnly(2026, 6, 1), Build.Calendar());

        Assert.Equal(5_000_000, from.Allocated);
        Assert.Equal(-1_000_000, from.Adjustments);
        Assert.Equal(MovementKind.TransferOut, from.Movements[^1].Kind);
        Assert.Equal(MovementKind.TransferIn, to.Movements[^1].Kind);
    }

    [Fact]
    public void Transfer_OfMoreThanAvailable_IsRefused()
    {
        var from = Build.Line(1_000_000);
        from.Commit(1, 900_000);
        var to = BudgetLine.Open(Build.Key(unit: "BTC"), ControlMode.Stop);

        var r = EstimateTransfer.Apply(from, to, 200_000, "50-QĐ/TU", new DateOnly(2026, 6, 1), Build.Calendar());

        Assert.Equal(BudgetErrors.Insufficient, r.FirstError.Code);
        Assert.Empty(to.Movements);
    }

    [Fact]
    public void Transfer_WithoutACalendarRuleForTheYear_IsRefused()
    {
        var from = Build.Line(1_000_000, key: Build.Key(year: 2024));
        var to = BudgetLine.Open(Build.Key(unit: "BTC", year: 2024), ControlMode.Stop);

        var r = EstimateTransfer.Apply(from, to, 100, "50-QĐ/TU", new DateOnly(2024, 6, 1), Build.Calendar());

        Assert.Equal(BudgetErrors.CalendarRuleMissing, r.FirstError.Code);
    }

    [Fact]
    public void Transfer_WithinTheSameUnit_IsRefused()
    {
        var from = Build.Line(1_000_000);
        var to = BudgetLine.Open(Build.Key(item: "6502"), ControlMode.Stop);

        Assert.Equal(BudgetErrors.TransferSameUnit,
            EstimateTransfer.Apply(from, to, 100, "50-QĐ/TU", new DateOnly(2026, 6, 1), Build.Calendar()).FirstError.Code);
    }
}

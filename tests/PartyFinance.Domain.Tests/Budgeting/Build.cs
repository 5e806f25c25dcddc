using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Domain.Tests.Budgeting;

/// <summary>Test data builders for budgeting.</summary>
internal static class Build
{
    public static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));

    public static BudgetLineKey Key(string unit = "VPTU", int year = 2026, Autonomy autonomy = Autonomy.Autonomous, string item = "6501") =>
        new(unit, year, "12", autonomy, "340-351", item);

    public static BudgetLine Line(long allocated, ControlMode mode = ControlMode.Stop, BudgetLineKey? key = null)
    {
        key ??= Key();
        var line = BudgetLine.Open(key, mode);
        var r = line.Record(new BudgetMovement(MovementKind.Allocation, allocated, "12-QĐ/TU", new DateOnly(key.Year, 1, 5)));
        Assert.True(r.IsSuccess);
        return line;
    }

    /// <summary>The line as the store reloads it once its vouchers are in the books: <paramref name="actual"/> more spent, <paramref name="advance"/> more withdrawn as advances.</summary>
    public static BudgetLine Booked(BudgetLine line, long actual, long advance = 0) =>
        BudgetLine.Restore(line.Key, line.ControlMode, line.Movements, line.Commitments,
            line.Books with { Actual = line.Books.Actual + actual, Advance = line.Books.Advance + advance });

    public static SpendingRequest Request(long id, long amount, BudgetLineKey? key = null, SpendingNature nature = SpendingNature.Payment,
        DateOnly? contract = null) =>
        SpendingRequest.Create(id, key ?? Key(), amount, "Tiền điện tháng 3", "EVN Bắc Ninh", nature, "ketoan", At, contract).Value;

    public static SpendingRequest Approved(BudgetLine line, long id, long amount, SpendingNature nature = SpendingNature.Payment, DateOnly? contract = null)
    {
        var r = Request(id, amount, line.Key, nature, contract);
        Assert.True(r.Submit("ketoan", At).IsSuccess);
        Assert.True(r.Approve(line, "thutruong", At, "01/QĐ").IsSuccess);
        return r;
    }

    public static BudgetCalendar Calendar() => new(
    [
        new CalendarRule(CalendarRule.EstimateTransferDeadline, 12, 15, new DateOnly(2026, 1, 1), null, "Luật NSNN 89/2025/QH15 Điều 55.3", "V"),
        new CalendarRule(CalendarRule.SettlementAdjustmentEnd, 1, 31, new DateOnly(2026, 1, 1), null, "Luật NSNN 89/2025/QH15 Điều 66.2", "V"),
    ]);
}

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// One dated row of db/budget/calendar.csv: a named day of the budget calendar (month/day), the
/// budget years it applies to and the legal source it was read from.
/// </summary>
public sealed record CalendarRule(string Rule, int Month, int Day, DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Verified)
{
    public const string EstimateTransferDeadline = "estimate-transfer-deadline";
    public const string SettlementAdjustmentEnd = "settlement-adjustment-end";

    public bool AppliesTo(int budgetYear)
    {
        var jan1 = new DateOnly(budgetYear, 1, 1);
        return ValidFrom <= jan1 && (ValidTo is null || jan1 <= ValidTo);
    }
}

using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The budget calendar as data (Luật NSNN 89/2025: estimate transfers until 15/12, Art. 55.3;
/// settlement adjustment until 31/01 of the next year, Art. 66.2). Code asks for a named rule of a
/// budget year; the day itself only lives in db/budget/calendar.csv.
/// </summary>
public sealed record BudgetCalendar(IReadOnlyList<CalendarRule> Rules)
{
    /// <summary>Last day (inclusive) on which estimate may move between units in the budget year.</summary>
    public Result<DateOnly> TransferDeadline(int budgetYear) => Day(CalendarRule.EstimateTransferDeadline, budgetYear, 0);

    /// <summary>Last day (inclusive) of the settlement-adjustment period of the budget year, in the next calendar year.</summary>
    public Result<DateOnly> SettlementAdjustmentEnd(int budgetYear) => Day(CalendarRule.SettlementAdjustmentEnd, budgetYear, 1);

    public CalendarRule? Find(string rule, int budgetYear) =>
        Rules.FirstOrDefault(r => r.Rule == rule && r.AppliesTo(budgetYear));

    private Result<DateOnly> Day(string rule, int budgetYear, int yearOffset)
    {
        var r = Find(rule, budgetYear);
        if (r is null)
        {
            return BudgetErrors.Error(BudgetErrors.CalendarRuleMissing,
                $"Lịch ngân sách chưa có quy tắc '{rule}' cho năm {budgetYear.ToString(CultureInfo.InvariantCulture)} (db/budget/calendar.csv).");
        }

        return Result.Success(new DateOnly(budgetYear + yearOffset, r.Month, r.Day));
    }
}

using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Which dates may spend a line's estimate: its own budget year, plus the settlement-adjustment
/// period up to the calendar's end day (31/01 of the next year, Luật 89/2025 Art. 66.2) for work done by 31/12.
/// </summary>
internal static class BudgetPeriod
{
    public static Result CheckSpendingDate(BudgetCalendar calendar, BudgetLineKey key, DateOnly date)
    {
        var end = calendar.SettlementAdjustmentEnd(key.Year);
        if (end.IsFailure)
        {
            return Result.Failure(end.Errors);
        }

        if (date.Year < key.Year || date > end.Value)
        {
            return Result.Failure(BudgetErrors.Error(BudgetErrors.SettlementPeriodEnded,
                $"Ngày {VietnameseFormat.Date(date)} nằm ngoài năm ngân sách {key.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)} và thời gian chỉnh lý (đến {VietnameseFormat.Date(end.Value)}).", "date"));
        }

        return Result.Success();
    }
}

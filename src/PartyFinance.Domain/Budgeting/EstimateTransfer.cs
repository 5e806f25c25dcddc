using PartyFinance.Domain.Common;
using static PartyFinance.Domain.Budgeting.BudgetErrors;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// Moves estimate between two units' lines of the same year and classification, until the
/// transfer deadline of the calendar (inclusive). The source keeps its original allocation and
/// shows a transfer-out; the target shows a transfer-in. Only what is available may leave.
/// </summary>
public static class EstimateTransfer
{
    public static Result Apply(BudgetLine from, BudgetLine to, long amount, string decisionNo, DateOnly decisionDate, BudgetCalendar calendar)
    {
        if (from.Key.Unit == to.Key.Unit)
        {
            return Result.Failure(Error(TransferSameUnit, "Điều chuyển dự toán phải giữa hai đơn vị khác nhau.", "unit"));
        }

        if (from.Key with { Unit = to.Key.Unit } != to.Key)
        {
            return Result.Failure(Error(TransferMismatch, "Hai dòng dự toán phải cùng năm, nguồn, tự chủ, loại-khoản và mục.", "budget_item"));
        }

        var deadline = calendar.TransferDeadline(from.Key.Year);
        if (deadline.IsFailure)
        {
            return Result.Failure(deadline.Errors);
        }

        if (decisionDate > deadline.Value)
        {
            var rule = calendar.Find(CalendarRule.EstimateTransferDeadline, from.Key.Year)!;
            return Result.Failure(Error(TransferDeadlinePassed,
                $"Quá hạn điều chỉnh dự toán giữa các đơn vị ({VietnameseFormat.Date(deadline.Value)}, {rule.Source}).", "decision_date"));
        }

        if (amount <= 0)
        {
            return Result.Failure(Error(AmountNotPositive, "Số tiền điều chuyển phải dương.", "amount"));
        }

        var note = $"{from.Key.Unit} → {to.Key.Unit}";
        var outcome = from.Record(new BudgetMovement(MovementKind.TransferOut, -amount, decisionNo, decisionDate, note));
        return outcome.IsFailure ? outcome : to.Record(new BudgetMovement(MovementKind.TransferIn, amount, decisionNo, decisionDate, note));
    }
}

using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Every refusal of budgets and spending, one stable code each. Messages are Vietnamese.</summary>
public static class BudgetErrors
{
    public const string Insufficient = "budget.insufficient";
    public const string OverrideRequired = "budget.override-required";
    public const string ControlModeFixed = "budget.control-mode-fixed";
    public const string AmountNotPositive = "budget.amount-not-positive";
    public const string DecisionMissing = "budget.decision-missing";
    public const string LineNotFound = "budget.line-not-found";
    public const string LineMismatch = "budget.line-mismatch";
    public const string CommitmentNotFound = "budget.commitment-not-found";
    public const string CommitmentNotPending = "budget.commitment-not-pending";
    public const string CommitmentExists = "budget.commitment-exists";
    public const string LineExists = "budget.line-exists";
    public const string PostExceedsCommitment = "budget.post-exceeds-commitment";
    public const string TransferDeadlinePassed = "budget.transfer-deadline-passed";
    public const string TransferSameUnit = "budget.transfer-same-unit";
    public const string TransferMismatch = "budget.transfer-mismatch";
    public const string CalendarRuleMissing = "budget.calendar-rule-missing";
    public const string SettlementPeriodEnded = "budget.settlement-period-ended";
    public const string SettlementPeriodOpen = "budget.settlement-period-open";
    public const string AlreadyClosed = "budget.already-closed";
    public const string DecisionAfterYearCode = "budget.decision-after-year";

    public static DomainError Error(string code, string message, string? field = null) => new(code, message, field);

    public static DomainError NotEnough(BudgetLineKey key, long amount, long available) => Error(Insufficient,
        $"Dự toán dòng {key} không đủ: cần {VietnameseFormat.Amount(amount)}, còn khả dụng {VietnameseFormat.Amount(available)}.", "amount");

    /// <summary>An estimate of year Y is decided by 31/12/Y at the latest; a later date would post into the next year's books.</summary>
    public static DomainError DecisionAfterYear(int year, DateOnly decided) => Error(DecisionAfterYearCode,
        $"Quyết định ngày {VietnameseFormat.Date(decided)} không thể giao hoặc điều chỉnh dự toán năm {year.ToString(System.Globalization.CultureInfo.InvariantCulture)} (muộn nhất 31/12/{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}).", "decision_date");
}

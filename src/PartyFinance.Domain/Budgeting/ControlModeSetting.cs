using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>
/// The control mode chosen for a fund source and budget year. Stop unless changed; once the first
/// estimate of that fund source and year is allocated it is fixed, so no line changes rules midway.
/// </summary>
public sealed class ControlModeSetting
{
    private ControlModeSetting(string fundSource, int year, ControlMode mode, bool isFixed)
    {
        FundSource = fundSource;
        Year = year;
        Mode = mode;
        IsFixed = isFixed;
    }

    public string FundSource { get; }

    public int Year { get; }

    public ControlMode Mode { get; private set; }

    public bool IsFixed { get; private set; }

    public static ControlModeSetting Default(string fundSource, int year) => new(fundSource, year, ControlMode.Stop, false);

    public static ControlModeSetting Restore(string fundSource, int year, ControlMode mode, bool isFixed) => new(fundSource, year, mode, isFixed);

    public Result Change(ControlMode mode)
    {
        if (IsFixed && mode != Mode)
        {
            return Result.Failure(BudgetErrors.Error(BudgetErrors.ControlModeFixed,
                $"Chế độ kiểm soát của nguồn '{FundSource}' năm {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)} đã cố định khi giao dự toán; không đổi được.", "control_mode"));
        }

        Mode = mode;
        return Result.Success();
    }

    /// <summary>Called when the first estimate is allocated.</summary>
    public void Fix() => IsFixed = true;
}

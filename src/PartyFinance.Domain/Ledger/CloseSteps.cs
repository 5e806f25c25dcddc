using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Ledger;

/// <summary>The ordered steps of `close year`; each runs once per unit and year and records its state.</summary>
public enum CloseStep
{
    Wear,
    WearRevenue,
    CloseToResult,
    ResultToSurplus,
    CarryForward,
    Lock,
    Opening,
}

/// <summary>Where a step of `close year` stands for a unit and year.</summary>
public enum CloseStepState
{
    Done,
    Skipped,
    Waiting,
    Failed,
}

/// <summary>Codes (JSON, year_close_steps) and Vietnamese names of <see cref="CloseStep"/> and <see cref="CloseStepState"/>.</summary>
public static class CloseSteps
{
    public static readonly CodeTable<CloseStep> Table = new(
        (CloseStep.Wear, "wear", "Tính hao mòn tài sản cố định"),
        (CloseStep.WearRevenue, "wear-revenue", "Kết chuyển hao mòn sang thu (Nợ 36611 / Có 511)"),
        (CloseStep.CloseToResult, "close-911", "Kết chuyển doanh thu, chi phí vào TK 911"),
        (CloseStep.ResultToSurplus, "close-421", "Kết chuyển kết quả từ TK 911 sang TK 421"),
        (CloseStep.CarryForward, "carry-forward", "Chuyển nguồn, hủy dự toán (TK 008)"),
        (CloseStep.Lock, "lock", "Khóa sổ các tháng trong năm"),
        (CloseStep.Opening, "opening", "Ghi số dư đầu năm sau"));

    public static readonly CodeTable<CloseStepState> States = new(
        (CloseStepState.Done, "done", "xong"),
        (CloseStepState.Skipped, "skipped", "bỏ qua"),
        (CloseStepState.Waiting, "waiting", "chờ"),
        (CloseStepState.Failed, "failed", "lỗi"));

    public static string Code(this CloseStep value) => Table.Code(value);

    public static string VietnameseName(this CloseStep value) => Table.Name(value);

    public static string Code(this CloseStepState value) => States.Code(value);

    public static string VietnameseName(this CloseStepState value) => States.Name(value);

    /// <summary>Done and skipped steps are not run again; waiting and failed ones are.</summary>
    public static bool IsSettled(this CloseStepState value) => value is CloseStepState.Done or CloseStepState.Skipped;
}

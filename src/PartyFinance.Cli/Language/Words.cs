using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Cli.Language;

/// <summary>
/// Vietnamese names of roles, statuses and kinds for text output (JSON keeps the stable codes). The switches
/// are exhaustive (CS8509 is an error), so a new role or status does not build until it has a name here.
/// </summary>
public static class Words
{
    public static string Name(this Role role) => role switch
    {
        Role.Accountant => "kế toán",
        Role.ChiefAccountant => "kế toán trưởng",
        Role.UnitHead => "thủ trưởng đơn vị",
        Role.OfficeChief => "Chánh Văn phòng",
        Role.StandingBoard => "Thường trực Tỉnh ủy",
        Role.StandingCommittee => "Ban Thường vụ Tỉnh ủy",
        Role.Auditor => "kiểm tra, kiểm toán (chỉ xem)",
        Role.Admin => "quản trị hệ thống",
    };

    public static string Name(this SpendingStatus status) => status switch
    {
        SpendingStatus.Draft => "nháp",
        SpendingStatus.Submitted => "đã trình",
        SpendingStatus.AwaitingBudget => "chờ dự toán",
        SpendingStatus.Approved => "đã duyệt",
        SpendingStatus.Paid => "đã chi",
        SpendingStatus.Settled => "đã thanh toán tạm ứng",
        SpendingStatus.Rejected => "bị từ chối",
        SpendingStatus.Cancelled => "đã hủy",
    };

    public static string Name(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "nháp",
        PlanStatus.Submitted => "đã trình, chờ duyệt",
        PlanStatus.Approved => "đã duyệt",
        PlanStatus.Rejected => "bị từ chối",
    };

    public static string Name(this Schedule schedule) => schedule switch
    {
        Schedule.Monthly => "hằng tháng",
        Schedule.Quarterly => "hằng quý",
        Schedule.Yearly => "hằng năm",
    };

    public static string Name(this Autonomy autonomy) => autonomy switch
    {
        Autonomy.Autonomous => "giao tự chủ",
        Autonomy.NonAutonomous => "không tự chủ",
    };

    public static string Name(this DocumentKind kind) => kind switch
    {
        DocumentKind.SpendingRequest => "đề nghị chi",
        DocumentKind.PurchaseProposal => "tờ trình mua sắm",
        DocumentKind.AssetAction => "hồ sơ xử lý tài sản",
        DocumentKind.Voucher => "chứng từ",
        DocumentKind.RecurringPlan => "kế hoạch chi định kỳ",
    };

    public static string Name(this UnitKind kind) => kind.VietnameseName();

    public static string Name(this RoleScope scope) => scope.IsProvince ? "toàn tỉnh" : scope.UnitCode!;

    /// <summary>A spending status read back as its stored code (list rows).</summary>
    public static string SpendingStatusName(string code) =>
        Enum.GetValues<SpendingStatus>().Where(s => s.Code() == code).Select(s => s.Name()).FirstOrDefault() ?? code;

    public static string PlanStatusName(string code) =>
        Enum.GetValues<PlanStatus>().Where(s => s.Code() == code).Select(s => s.Name()).FirstOrDefault() ?? code;

    public static string ScheduleName(string code) => ScheduleCodes.TryParse(code, out var s) ? s.Name() : code;

    public static string AutonomyName(string code) => AutonomyCodes.TryParse(code, out var a) ? a.Name() : code;
}

using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>Codes (db/authority/permissions.csv) and Vietnamese names of <see cref="Permission"/>.</summary>
public static class Permissions
{
    public static readonly CodeTable<Permission> Table = new(
        (Permission.DatabaseInit, "db.init", "khởi tạo, nâng cấp cơ sở dữ liệu"),
        (Permission.UserManage, "user.manage", "quản lý người dùng"),
        (Permission.RuleSetManage, "rules.manage", "nạp bộ quy tắc phân cấp"),
        (Permission.RuleSetEnd, "rules.end", "kết thúc hiệu lực bộ quy tắc"),
        (Permission.UnitImport, "unit.import", "nạp danh sách đơn vị"),
        (Permission.BalanceImport, "balance.import", "nạp số dư đầu năm"),
        (Permission.VoucherImport, "voucher.import", "nạp chứng từ"),
        (Permission.VoucherReverse, "voucher.reverse", "ghi đảo chứng từ"),
        (Permission.VoucherEvent, "voucher.event", "lập chứng từ theo nghiệp vụ"),
        (Permission.PeriodLock, "period.lock", "khóa sổ"),
        (Permission.PeriodUnlock, "period.unlock", "mở khóa sổ"),
        (Permission.ApprovalSubmit, "approval.submit", "trình duyệt hồ sơ"),
        (Permission.ApprovalDecide, "approval.decide", "duyệt, từ chối hồ sơ"),
        (Permission.BudgetImport, "budget.import", "nạp dự toán"),
        (Permission.BudgetChange, "budget.change", "bổ sung, điều chỉnh, điều chuyển dự toán"),
        (Permission.BudgetControlMode, "budget.control-mode", "đặt chế độ kiểm soát dự toán"),
        (Permission.BudgetCloseYear, "budget.close-year", "khóa sổ dự toán cuối năm"),
        (Permission.SpendRequest, "spend.request", "lập, trình đề nghị chi"),
        (Permission.SpendDecide, "spend.decide", "duyệt, từ chối đề nghị chi"),
        (Permission.SpendPay, "spend.pay", "chi trả, thanh toán tạm ứng"),
        (Permission.SpendRunRecurring, "spend.run-recurring", "tạo các khoản chi định kỳ"),
        (Permission.AssetClassImport, "asset.class-import", "nạp danh mục loại tài sản"),
        (Permission.AssetImport, "asset.import", "nạp thẻ tài sản"),
        (Permission.AssetWear, "asset.wear", "tính hao mòn tài sản"),
        (Permission.AssetAction, "asset.action", "lập hồ sơ xử lý tài sản"),
        (Permission.AssetChange, "asset.change", "ghi biến động tài sản"),
        (Permission.AssetStocktake, "asset.stocktake", "kiểm kê tài sản"),
        (Permission.CloseYear, "close.year", "khóa sổ cuối năm"),
        (Permission.ToolReceive, "tool.receive", "nhập kho công cụ, dụng cụ"),
        (Permission.ToolIssue, "tool.issue", "xuất dùng công cụ, dụng cụ"),
        (Permission.ToolImport, "tool.import", "nạp sổ công cụ, dụng cụ"),
        (Permission.ToolCloseYear, "tool.close-year", "kết chuyển công cụ, dụng cụ cuối năm"));

    public static IEnumerable<string> Slugs => Table.Codes;

    public static string ToSlug(this Permission value) => Table.Code(value);

    public static string VietnameseName(this Permission value) => Table.Name(value);

    public static bool TryParse(string? code, out Permission value) => Table.TryParse(code, out value);
}

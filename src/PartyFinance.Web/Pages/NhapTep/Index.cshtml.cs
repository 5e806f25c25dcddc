using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Imports;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>One import screen as the list offers it: its address, its title and the permission it asks for.</summary>
public sealed record ImportLink(string Path, string Title, string Command, Permission Permission);

/// <summary>/nhap-tep: the import screens this user may use (the same check as each screen's own), each with the CLI command it runs.</summary>
public sealed class IndexModel : PageModel
{
    public static IReadOnlyList<ImportLink> All { get; } =
    [
        new("/chung-tu/nhap-tep", "Chứng từ", "voucher import", Permission.VoucherImport),
        new("/nhap-tep/so-du", "Số dư đầu năm", "balance import", Permission.BalanceImport),
        new("/nhap-tep/du-toan", "Giao dự toán", "budget import", Permission.BudgetImport),
        new("/nhap-tep/tai-san", "Sổ tài sản cố định", "asset import", Permission.AssetImport),
        new("/nhap-tep/cong-cu", "Sổ công cụ, dụng cụ", "tool import", Permission.ToolImport),
        new("/nhap-tep/don-vi", "Danh mục đơn vị", "unit import", Permission.UnitImport),
        new("/nhap-tep/loai-tai-san", "Danh mục loại tài sản cố định", "asset class import", Permission.AssetClassImport),
        new("/nhap-tep/tham-quyen", "Bộ quy tắc phân cấp thẩm quyền", "authority import", Permission.RuleSetManage),
    ];

    public IReadOnlyList<ImportLink> Offered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Offered = All.Where(i => TwoStepImportModel.Offers(reach, i.Permission)).ToList();
        return Page();
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.CongCu;

/// <summary>
/// /cong-cu/xem?ma=…: one tool (`tool show`) with its append-only history and, for those who may issue on its unit, `tool issue`:
/// a quantity from the store put into use (Nợ 611 / Có 153), with the person receiving it and the issue slip it rests on.
/// </summary>
public sealed class XemModel(ToolQueries tools, ToolRegister register, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Ma { get; set; }

    [BindProperty] public string? Quantity { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Custodian { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public Tool Tool { get; private set; } = null!;

    public bool MayIssue { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Date = VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var errors = new List<DomainError>();
        var on = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!string.IsNullOrWhiteSpace(Date) && !VietnameseInput.TryDate(Date, out on))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{Date}' không hợp lệ ({VietnameseInput.DateForms}).", "date"));
        }

        if (!int.TryParse(Quantity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, $"Số lượng '{Quantity}' phải là số nguyên dương.", "quantity"));
        }

        var done = errors.Count > 0 ? Result.Failure<ToolChanged>(errors)
            : await register.IssueAsync(Tool.Code, on, quantity, Blank(Custodian), Blank(Reason), Current.Login(HttpContext), HttpContext.RequestAborted);
        if (done.IsFailure)
        {
            Errors = done.Errors;
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(done.Errors));
            return Page();
        }

        var t = done.Value.Tool;
        TempData["Done"] = $"Đã xuất dùng {t.Events[^1].Quantity.ToString(CultureInfo.InvariantCulture)} {t.Measure} công cụ, dụng cụ {t.Code} ({t.Name}), giá trị {VietnameseFormat.Amount(t.Events[^1].Value)}"
            + (done.Value.Voucher is { } v ? $" — chứng từ {v}." : ".");
        return Redirect("/cong-cu/xem?ma=" + Uri.EscapeDataString(t.Code));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var tool = string.IsNullOrWhiteSpace(Ma) ? null : await tools.FindAsync(Ma, HttpContext.RequestAborted);
        if (tool is null || !reach.Sees(tool.Unit))
        {
            return false;
        }

        Tool = tool;
        MayIssue = tool.InStoreQuantity > 0 && reach.May(Permission.ToolIssue, tool.Unit);
        return true;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Api;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.CongCu;

/// <summary>
/// /cong-cu/nhap-kho: `tool receive` — tools put into the store (a new code with its name and measure, or more of one), on a
/// budget line, received in kind or paid in cash or from the deposit account of a fund kept outside the estimate. The use case
/// refuses a unit cost from the fixed-asset threshold and a paid receipt on an estimate line; no approval chain applies.
/// </summary>
public sealed class NhapKhoModel(ToolRegister register, UnitDirectory directory, Pickers pickers, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? Measure { get; set; }

    [BindProperty] public string? Quantity { get; set; }

    [BindProperty] public string? UnitCost { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? FundSource { get; set; }

    [BindProperty] public string? Autonomy { get; set; }

    [BindProperty] public string? Sector { get; set; }

    [BindProperty] public string? BudgetItem { get; set; }

    [BindProperty] public string? Payment { get; set; }

    [BindProperty] public string? Location { get; set; }

    [BindProperty] public string? Custodian { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public string? LifeMonths { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<Pickers.Pick> FundSources { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        Date = VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Measure = "cái";
        FundSource = "NSNN";
        Autonomy = Domain.Budgeting.Autonomy.Autonomous.Code();
        Sector = "340-351";
        BudgetItem = "6551";
        Payment = "none";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
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

        if (!VietnameseInput.TryAmount(UnitCost, false, out var cost, out var problem))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, problem, "unit-cost"));
        }

        if (!AutonomyCodes.TryParse(Autonomy, out var autonomy))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"'{Autonomy}' phải là autonomous hoặc non-autonomous.", "autonomy"));
        }

        var payment = Payment?.Trim() switch
        {
            null or "" or "none" => ToolPayment.None,
            "cash" => ToolPayment.Cash,
            "bank" => ToolPayment.Bank,
            _ => (ToolPayment?)null,
        };
        if (payment is null)
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"Hình thức '{Payment}' phải là một trong: none, cash, bank.", "payment"));
        }

        int? life = null;
        if (!string.IsNullOrWhiteSpace(LifeMonths))
        {
            if (int.TryParse(LifeMonths.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var months))
            {
                life = months;
            }
            else
            {
                errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, $"Thời gian sử dụng '{LifeMonths}' phải là số tháng.", "life-months"));
            }
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var receipt = new ToolReceipt(Code?.Trim() ?? string.Empty, Blank(Name), Unit?.Trim() ?? string.Empty, Blank(Measure) ?? "cái", quantity, cost, on,
            new ToolLine(FundSource?.Trim() ?? string.Empty, autonomy, Sector?.Trim() ?? string.Empty, BudgetItem?.Trim() ?? string.Empty), Blank(Location), Blank(Custodian),
            payment!.Value, Blank(Reason), Current.Login(HttpContext), life);
        var done = await register.ReceiveAsync(receipt, HttpContext.RequestAborted);
        if (done.IsFailure)
        {
            return Refused(done.Errors);
        }

        var t = done.Value.Tool;
        TempData["Done"] = $"Đã nhập kho {t.Events[^1].Quantity.ToString(CultureInfo.InvariantCulture)} {t.Measure} công cụ, dụng cụ {t.Code} ({t.Name}), giá trị {VietnameseFormat.Amount(t.Events[^1].Value)}"
            + (done.Value.Voucher is { } v ? $" — chứng từ {v}." : ".");
        return Redirect("/cong-cu/xem?ma=" + Uri.EscapeDataString(t.Code));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(errors));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Units = (await directory.ListAsync(HttpContext.RequestAborted)).Where(u => u.IsActiveOn(today) && reach.Sees(u.Code) && reach.May(Permission.ToolReceive, u.Code)).ToList();
        FundSources = pickers.FundSources();
        return Units.Count > 0;
    }
}

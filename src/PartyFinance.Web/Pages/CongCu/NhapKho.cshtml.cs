using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Api;
using PartyFinance.Web.Pages.Shared;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.CongCu;

/// <summary>
/// /cong-cu/nhap-kho: `tool receive` — tools put into the store (a new code with its name and measure, or more of one), on a
/// budget line, received in kind or paid in cash or from the deposit account of a fund kept outside the estimate. The use case
/// refuses a unit cost from the fixed-asset threshold and a paid receipt on an estimate line; no approval chain applies.
/// </summary>
public sealed class NhapKhoModel(ToolRegister register, UnitDirectory directory, Pickers pickers, TimeProvider clock) : BudgetLineEntryFormModel(directory, clock)
{
    [BindProperty] public string? Code { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Measure { get; set; }

    [BindProperty] public string? Quantity { get; set; }

    [BindProperty] public string? UnitCost { get; set; }

    [BindProperty] public string? Payment { get; set; }

    [BindProperty] public string? LifeMonths { get; set; }

    public IReadOnlyList<Pickers.Pick> FundSources { get; private set; } = [];

    protected override Permission Permission => Permission.ToolReceive;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        OfferToday();
        Measure = "cái";
        OfferLine("NSNN", "6551");
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
        var on = ReadDate(errors);
        if (!int.TryParse(Quantity?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, $"Số lượng '{Quantity}' phải là số nguyên dương.", "quantity"));
        }

        var cost = ReadAmount(UnitCost, "unit-cost", errors);
        var autonomy = ReadAutonomy(errors);
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

        var receipt = new ToolReceipt(Trimmed(Code), Blank(Name), Trimmed(Unit), Blank(Measure) ?? "cái", quantity, cost, on,
            new ToolLine(Trimmed(FundSource), autonomy, Trimmed(Sector), Trimmed(BudgetItem)), Blank(Location), Blank(Custodian),
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

    private async Task<bool> LoadAsync()
    {
        FundSources = pickers.FundSources();
        return await LoadUnitsAsync();
    }
}

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
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/mua: `asset purchase` — a fixed asset bought with Party funds kept outside the estimate (Đảng phí, the reserve
/// fund), paid in cash or from the deposit account: the card and its vouchers in one transaction. A fund source with an
/// estimate is refused by the use case (that purchase goes through a spending request, which shows its decider).
/// </summary>
public sealed class MuaModel(PurchaseWithPartyFunds purchase, ListAssetClasses classes, UnitDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Code { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Class { get; set; }

    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? Amount { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Method { get; set; }

    [BindProperty] public string? FundSource { get; set; }

    [BindProperty] public string? Autonomy { get; set; }

    [BindProperty] public string? Sector { get; set; }

    [BindProperty] public string? BudgetItem { get; set; }

    [BindProperty] public string? Location { get; set; }

    [BindProperty] public string? Custodian { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<FixedAssetClass> Classes { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        Date = VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        FundSource = "DANGPHI";
        Autonomy = Domain.Budgeting.Autonomy.Autonomous.Code();
        Sector = "340-351";
        BudgetItem = "6956";
        Method = "cash";
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

        if (!VietnameseInput.TryAmount(Amount, false, out var amount, out var problem))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, problem, "amount"));
        }

        if (!AutonomyCodes.TryParse(Autonomy, out var autonomy))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"'{Autonomy}' phải là autonomous hoặc non-autonomous.", "autonomy"));
        }

        bool? bank = Method?.Trim() switch
        {
            null or "" or "cash" => false,
            "bank" => true,
            _ => null,
        };
        if (bank is null)
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"Hình thức '{Method}' phải là cash hoặc bank.", "method"));
        }

        foreach (var (value, field, label) in new[] { (Code, "code", "mã tài sản"), (Name, "name", "tên tài sản"), (Class, "class", "loại tài sản"), (Reason, "reason", "căn cứ mua") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"Phải ghi {label}.", field));
            }
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var key = new BudgetLineKey(Unit?.Trim() ?? string.Empty, on.Year, FundSource?.Trim() ?? string.Empty, autonomy, Sector?.Trim() ?? string.Empty, BudgetItem?.Trim() ?? string.Empty);
        var done = await purchase.RunAsync(new PartyFundPurchase(Code!.Trim(), Name!.Trim(), Class!.Trim(), key, amount, on, bank!.Value, Blank(Location), Blank(Custodian),
            Reason!.Trim(), Current.Login(HttpContext)), HttpContext.RequestAborted);
        if (done.IsFailure)
        {
            return Refused(done.Errors);
        }

        // The card and its voucher are written only when the final decider signs: the user is shown the chain opened.
        var (x, approval) = (done.Value.Purchase, done.Value.Approval);
        TempData["Done"] = $"Đã lập đề nghị mua số {x.Id} — tài sản cố định {x.Code} ({x.Name}), nguyên giá {VietnameseFormat.Amount(x.Amount)}. " +
            $"Thẩm quyền quyết định: {approval.Decision.Decider.VietnameseName()} theo {approval.Decision.RuleApplied}. Thẻ tài sản và chứng từ được ghi khi cấp cuối cùng duyệt.";
        return Redirect("/duyet/ho-so/" + approval.Id.ToString("D", System.Globalization.CultureInfo.InvariantCulture));
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
        Units = (await directory.ListAsync(HttpContext.RequestAborted)).Where(u => u.IsActiveOn(today) && reach.Sees(u.Code) && reach.May(Permission.AssetChange, u.Code)).ToList();
        Classes = await classes.RunAsync(today.Year, HttpContext.RequestAborted);
        return Units.Count > 0;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Pages.Shared;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/mua: `asset purchase` — a fixed asset bought with Party funds kept outside the estimate (Đảng phí, the reserve
/// fund), paid in cash or from the deposit account: the card and its vouchers in one transaction. A fund source with an
/// estimate is refused by the use case (that purchase goes through a spending request, which shows its decider).
/// </summary>
public sealed class MuaModel(PurchaseWithPartyFunds purchase, ListAssetClasses classes, UnitDirectory directory, TimeProvider clock) : BudgetLineEntryFormModel(directory, clock)
{
    [BindProperty] public string? Code { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Class { get; set; }

    [BindProperty] public string? Amount { get; set; }

    [BindProperty] public string? Method { get; set; }

    public IReadOnlyList<FixedAssetClass> Classes { get; private set; } = [];

    protected override Permission Permission => Permission.AssetChange;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        OfferToday();
        OfferLine("DANGPHI", "6956");
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
        var on = ReadDate(errors);
        var amount = ReadAmount(Amount, "amount", errors);
        var autonomy = ReadAutonomy(errors);
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

        var key = new BudgetLineKey(Trimmed(Unit), on.Year, Trimmed(FundSource), autonomy, Trimmed(Sector), Trimmed(BudgetItem));
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

    private async Task<bool> LoadAsync()
    {
        Classes = await classes.RunAsync(Today.Year, HttpContext.RequestAborted);
        return await LoadUnitsAsync();
    }
}

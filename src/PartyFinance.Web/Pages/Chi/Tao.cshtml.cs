using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.Chi;

/// <summary>/chi/tao: a new spending request on one budget line of a unit the user may request for, with the line's availability shown live.</summary>
public sealed class TaoModel(UnitDirectory units, BudgetStatus status, CreateSpendingRequest create, SubmitRequest submit, TimeProvider clock) : PageModel
{
    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<BudgetStatusLine> Lines { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? Line { get; set; }

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? Counterparty { get; set; }

    [BindProperty]
    public bool SubmitNow { get; set; }

    /// <summary>`spend request --advance`: an advance (tạm ứng), settled later with the actual amount.</summary>
    [BindProperty]
    public bool Advance { get; set; }

    public static string LineValue(BudgetStatusLine l) => string.Join('|', l.FundSource, l.Autonomy, l.Sector, l.BudgetItem);

    public async Task<IActionResult> OnGetAsync()
    {
        SubmitNow = true;
        return await LoadAsync() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        var errors = new List<DomainError>();
        var parts = (Line ?? string.Empty).Split('|');
        if (parts.Length != 4 || !AutonomyCodes.TryParse(parts[1], out var autonomy))
        {
            errors.Add(new DomainError(ImportErrorsCodes.MissingValue, "Chọn dòng dự toán.", "line"));
            autonomy = default;
        }

        if (!VietnameseInput.TryAmount(Amount, false, out var amount, out var problem))
        {
            errors.Add(new DomainError(ImportErrorsCodes.BadNumber, problem, "amount"));
        }

        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var key = new BudgetLineKey(Unit!, Year!.Value, parts[0], autonomy, parts[2], parts[3]);
        var by = Current.Login(HttpContext);
        var created = await create.RunAsync(new NewSpendingRequest(key, amount, Purpose ?? string.Empty, by, string.IsNullOrWhiteSpace(Counterparty) ? null : Counterparty.Trim(),
            Advance ? SpendingNature.Advance : SpendingNature.Payment), HttpContext.RequestAborted);
        if (created.IsFailure)
        {
            Errors = created.Errors;
            return Page();
        }

        var id = created.Value.Request.Id;
        var message = $"Đã lập đề nghị chi số {id} ({VietnameseFormat.Amount(amount)}).";
        if (SubmitNow)
        {
            var submitted = await submit.RunAsync(id, by, HttpContext.RequestAborted);
            message = submitted.IsSuccess ? $"Đã lập và trình duyệt đề nghị chi số {id} ({VietnameseFormat.Amount(amount)})." : message + " Chưa trình được: " + submitted.FirstError.Message;
        }

        if (created.Value.Check.Warning is { } warning)
        {
            message += " Cảnh báo dự toán: " + warning;
        }

        TempData["Done"] = message;
        return Redirect($"/chi/{id}");
    }

    private async Task<bool> LoadAsync()
    {
        Reach = (await Current.ReachAsync(HttpContext))!;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Year ??= today.Year;
        Units = (await units.ListAsync(HttpContext.RequestAborted)).Where(u => u.IsActiveOn(today) && Reach.Sees(u.Code) && Reach.May(Permission.SpendRequest, u.Code)).ToList();
        if (Units.Count == 0)
        {
            return false;
        }

        Unit = Units.FirstOrDefault(u => string.Equals(u.Code, Unit?.Trim(), StringComparison.OrdinalIgnoreCase))?.Code ?? Units[0].Code;
        Lines = await status.RunAsync(Unit, Year.Value, HttpContext.RequestAborted);
        return true;
    }
}

/// <summary>The import error codes the forms reuse for a missing or unreadable value.</summary>
internal static class ImportErrorsCodes
{
    public const string MissingValue = Application.Common.ImportErrors.MissingValue;
    public const string BadNumber = Application.Common.ImportErrors.BadNumber;
}

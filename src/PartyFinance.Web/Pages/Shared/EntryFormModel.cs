using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Common;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.Shared;

/// <summary>
/// What the entry screens of one asset or tool change share (/tai-san/nang-cap, /tai-san/mua, /cong-cu/nhap-kho): the date and the
/// reason typed, today's date offered, the vi-VN date and amount read into a field's error, and a refusal shown with its status
/// (the form kept, nothing stored). Each page reads its own fields and calls its own use case, which checks everything again.
/// </summary>
public abstract class EntryFormModel(TimeProvider clock) : PageModel
{
    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    protected DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Offers today as the date of a new entry.</summary>
    protected void OfferToday() => Date = VietnameseFormat.Date(Today);

    /// <summary>The date typed (dd/MM/yyyy or yyyy-MM-dd); left empty it is today unless <paramref name="required"/>.</summary>
    protected DateOnly ReadDate(List<DomainError> errors, bool required = false)
    {
        if (!required && string.IsNullOrWhiteSpace(Date))
        {
            return Today;
        }

        if (VietnameseInput.TryDate(Date, out var date))
        {
            return date;
        }

        errors.Add(new DomainError(ImportErrors.BadDate, $"Ngày '{Date}' không hợp lệ ({VietnameseInput.DateForms}).", "date"));
        return Today;
    }

    /// <summary>A positive amount in whole đồng as typed (1.234.567), its problem named for <paramref name="field"/>.</summary>
    protected static long ReadAmount(string? text, string field, List<DomainError> errors)
    {
        if (VietnameseInput.TryAmount(text, false, out var amount, out var problem))
        {
            return amount;
        }

        errors.Add(new DomainError(ImportErrors.BadNumber, problem, field));
        return 0;
    }

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The form shown again with every error, answering the status of the refusal.</summary>
    protected IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(errors));
        return Page();
    }
}

/// <summary>
/// An entry form on a budget line of one unit (/tai-san/mua, /cong-cu/nhap-kho): the unit chosen among the active units the user sees
/// and holds the page's permission for, the line's fund source, autonomy, sector and budget item, and where the thing is kept and by whom.
/// </summary>
public abstract class BudgetLineEntryFormModel(UnitDirectory directory, TimeProvider clock) : EntryFormModel(clock)
{
    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? FundSource { get; set; }

    [BindProperty] public string? Autonomy { get; set; }

    [BindProperty] public string? Sector { get; set; }

    [BindProperty] public string? BudgetItem { get; set; }

    [BindProperty] public string? Location { get; set; }

    [BindProperty] public string? Custodian { get; set; }

    /// <summary>The units offered: active today, seen by the user, and covered by <see cref="Permission"/>.</summary>
    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    /// <summary>The permission the page's use case asks for on the chosen unit.</summary>
    protected abstract Permission Permission { get; }

    /// <summary>Loads the units offered; false when there is none (the page is not offered).</summary>
    protected async Task<bool> LoadUnitsAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var today = Today;
        Units = (await directory.ListAsync(HttpContext.RequestAborted)).Where(u => u.IsActiveOn(today) && reach.Sees(u.Code) && reach.May(Permission, u.Code)).ToList();
        return Units.Count > 0;
    }

    /// <summary>Offers a line of the autonomous sector 340-351 of <paramref name="fundSource"/> and <paramref name="budgetItem"/>.</summary>
    protected void OfferLine(string fundSource, string budgetItem)
    {
        FundSource = fundSource;
        Autonomy = Domain.Budgeting.Autonomy.Autonomous.Code();
        Sector = "340-351";
        BudgetItem = budgetItem;
    }

    protected Autonomy ReadAutonomy(List<DomainError> errors)
    {
        if (AutonomyCodes.TryParse(Autonomy, out var autonomy))
        {
            return autonomy;
        }

        errors.Add(new DomainError(ImportErrors.BadValue, $"'{Autonomy}' phải là autonomous hoặc non-autonomous.", "autonomy"));
        return autonomy;
    }

    protected static string Trimmed(string? text) => text?.Trim() ?? string.Empty;
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.CongCu;

/// <summary>
/// /cong-cu/ket-chuyen: the tools' year end (`tool close-year --year Y [--unit U]`): per unit one voucher dated 31/12 recognising the
/// value issued in the year and not yet recognised (Nợ 36612 / Có 511); a second run recognises only what was issued since. Offered to
/// those who may close tools on the province or some unit they see; the use case checks every unit it touches.
/// </summary>
public sealed class KetChuyenModel(ToolRegister register, UnitDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? Year { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    /// <summary>What the run recognised, one row per unit (empty: nothing was left to recognise); null before a run.</summary>
    public IReadOnlyList<ToolYearEnd>? Closed { get; private set; }

    public int ClosedYear { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        Year = clock.GetLocalNow().Year.ToString(CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (!VietnameseInput.TryYear(Year, out var year))
        {
            return Refused([new DomainError(ImportErrors.BadNumber, $"Năm '{Year}' không hợp lệ ({VietnameseInput.YearForms}).", "year")]);
        }

        var unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        var run = await register.CloseYearAsync(year, unit, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (run.IsFailure)
        {
            return Refused(run.Errors);
        }

        Closed = run.Value;
        ClosedYear = year;
        return Page();
    }

    private IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(errors));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Units = (await directory.ListAsync(HttpContext.RequestAborted)).Where(u => reach.Sees(u.Code)).ToList();
        return reach.May(Permission.ToolCloseYear, null) || reach.MayAnywhere(Permission.ToolCloseYear, Units.Select(u => u.Code));
    }
}

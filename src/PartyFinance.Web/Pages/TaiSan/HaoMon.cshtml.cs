using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/hao-mon: the December wear run (`asset wear --year Y [--unit U]`) and the monthly depreciation run of the assets a
/// service unit uses for business (`asset depreciate --month MM/yyyy [--unit U]`), for those who may run wear on some unit they
/// see; the result lists the assets worn, skipped (and why) and failed (and why), and the vouchers each unit got.
/// </summary>
public sealed class HaoMonModel(RunWear wear, RunDepreciation depreciation, UnitDirectory directory, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? Year { get; set; }

    [BindProperty] public string? Month { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public WearRunReport? Report { get; private set; }

    public string? Title { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Year = today.Year.ToString(CultureInfo.InvariantCulture);
        Month = today.ToString("MM/yyyy", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostWearAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (!VietnameseInput.TryYear(Year, out var year))
        {
            return Refused([new DomainError(Application.Common.ImportErrors.BadNumber, $"Năm '{Year}' không hợp lệ ({VietnameseInput.YearForms}).", "year")]);
        }

        var run = await wear.RunAsync(year, Chosen, Current.Login(HttpContext), HttpContext.RequestAborted);
        return Shown(run, $"Hao mòn năm {year.ToString(CultureInfo.InvariantCulture)}");
    }

    public async Task<IActionResult> OnPostDepreciateAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (!VietnameseInput.TryMonth(Month, out var y, out var m))
        {
            return Refused([new DomainError(Application.Common.ImportErrors.BadDate, $"Tháng '{Month}' không hợp lệ (MM/yyyy, ví dụ 03/2026).", "month")]);
        }

        var first = new DateOnly(y, m, 1);
        var run = await depreciation.RunAsync(first.Year, first.Month, Chosen, Current.Login(HttpContext), HttpContext.RequestAborted);
        return Shown(run, $"Khấu hao tháng {first.ToString("MM/yyyy", CultureInfo.InvariantCulture)}");
    }

    private string? Chosen => string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();

    private IActionResult Shown(Result<WearRunReport> run, string title)
    {
        if (run.IsFailure)
        {
            return Refused(run.Errors);
        }

        Report = run.Value;
        Title = title;
        if (Report.Failed.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(errors));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Units = (await directory.ListAsync(HttpContext.RequestAborted)).Where(u => reach.Sees(u.Code)).ToList();
        return reach.May(Permission.AssetWear, null) || reach.MayAnywhere(Permission.AssetWear, Units.Select(u => u.Code));
    }
}

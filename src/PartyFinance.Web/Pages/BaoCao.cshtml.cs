using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Organisation;
using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Reporting;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages;

/// <summary>/bao-cao: the reports in force for a year; download the chosen ones as one Excel workbook (`report export`).</summary>
public sealed class BaoCaoModel(ReportDownload download, UnitDirectory units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<ReportDefinition> Reports { get; private set; } = [];

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetExportAsync(string[]? reports)
    {
        await LoadAsync();
        var done = await download.RunAsync(Reach, Year!.Value, Unit, reports is { Length: > 0 } ? reports : null, HttpContext.RequestAborted);
        if (done.IsFailure)
        {
            Errors = done.Errors;
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(done.Errors));
            return Page();
        }

        return File(done.Value.Workbook, ReportDownload.ContentType, done.Value.FileName);
    }

    private async Task LoadAsync()
    {
        Reach = (await Current.ReachAsync(HttpContext))!;
        Year ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year - 1;
        Reports = download.InForce(Year.Value);
        Units = (await units.ListAsync(HttpContext.RequestAborted)).Where(u => Reach.Sees(u.Code)).ToList();
        if (!Reach.Province && string.IsNullOrWhiteSpace(Unit))
        {
            Unit = Units.FirstOrDefault()?.Code;
        }
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Ledger;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.KhoaSo;

/// <summary>
/// /khoa-so/nam?year=Y: the year-end close (`close year`) — every step's stored state per unit the user sees (done,
/// skipped, waiting, failed, with its detail), and, while a close runs, the step it is on; the page then reloads
/// itself every two seconds (a meta refresh: no script). Starting it needs the close permission for the province
/// (or the unit chosen); the close checks it again for each unit.
/// </summary>
public sealed class NamModel(IYearCloseStore steps, YearCloseRuns runs, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<CloseStepRecord> Steps { get; private set; } = [];

    public YearCloseRun? Run { get; private set; }

    public bool Running => Run is { Done: false };

    public bool MayClose => Reach.May(Permission.CloseYear, null) || Reach.Units.Any(u => Reach.May(Permission.CloseYear, u));

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public string At(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string? unit, string? date)
    {
        await LoadAsync();
        if (!MayClose)
        {
            return Forbid();
        }

        var d = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!string.IsNullOrWhiteSpace(date) && !VietnameseInput.TryDate(date, out d))
        {
            TempData["Done"] = $"Ngày '{date}' không hợp lệ ({VietnameseInput.DateForms}); chưa chạy khóa sổ.";
        }
        else if (!runs.Start(Year!.Value, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), d, Current.Login(HttpContext)))
        {
            TempData["Done"] = $"Khóa sổ năm {Year} đang chạy.";
        }

        return Redirect($"/khoa-so/nam?year={Year}");
    }

    private async Task LoadAsync()
    {
        Reach = (await Current.ReachAsync(HttpContext))!;
        Year ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year - 1;
        Steps = Reach.Visible(await steps.StepsAsync(Year.Value, HttpContext.RequestAborted), s => s.Unit).OrderBy(s => s.Unit, StringComparer.Ordinal).ThenBy(s => s.Step).ToList();
        Run = runs.Of(Year.Value);
    }
}

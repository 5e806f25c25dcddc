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
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Pages.Chi;

/// <summary>
/// /chi/dinh-ky: the recurring plans of the units the user sees (`spend plan list`); a new draft plan on one
/// of a unit's budget lines (`spend plan add`); creating the due occurrences (`spend run-recurring --through`).
/// Each change goes through its use case, which checks role and scope again.
/// </summary>
public sealed class DinhKyModel(PlanViews plans, UnitDirectory units, BudgetStatus status, AddRecurringPlan add, RunRecurring run, TimeProvider clock) : PageModel
{
    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<RecurringPlanRow> Rows { get; private set; } = [];

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<BudgetStatusLine> Lines { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public IReadOnlyList<string> RunReport { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [BindProperty] public string? Line { get; set; }

    [BindProperty] public string? Amount { get; set; }

    [BindProperty] public string? Schedule { get; set; }

    [BindProperty] public string? Start { get; set; }

    [BindProperty] public string? End { get; set; }

    [BindProperty] public string? Counterparty { get; set; }

    [BindProperty] public string? Purpose { get; set; }

    [BindProperty] public string? Through { get; set; }

    public int Year => DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;

    public bool MayAdd => Units.Count > 0;

    public bool MayRun => Reach.May(Permission.SpendRunRecurring, null);

    public static string Month(string? yyyyMM) => YearMonth.TryParse(yyyyMM, out var m) ? VietnameseFormat.Month(m.Year, m.Month) : "—";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        var errors = new List<DomainError>();
        var parts = (Line ?? string.Empty).Split('|');
        if (Unit is null || parts.Length != 4 || !AutonomyCodes.TryParse(parts[1], out var autonomy))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.MissingValue, "Chọn dòng dự toán.", "line"));
            autonomy = default;
        }

        if (!VietnameseInput.TryAmount(Amount, false, out var amount, out var problem))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, problem, "amount"));
        }

        if (!ScheduleCodes.TryParse(Schedule, out var schedule))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"Kỳ '{Schedule}' phải là một trong: {string.Join(", ", ScheduleCodes.Codes)}.", "schedule"));
        }

        var start = Month(Start, "start", errors);
        YearMonth? end = string.IsNullOrWhiteSpace(End) ? null : Month(End, "end", errors);
        if (errors.Count > 0)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var key = new BudgetLineKey(Unit!, start.Year, parts[0], autonomy, parts[2], parts[3]);
        var added = await add.RunAsync(new NewRecurringPlan(key, Counterparty?.Trim() ?? string.Empty, amount, schedule, start, end, Current.Login(HttpContext),
            string.IsNullOrWhiteSpace(Purpose) ? null : Purpose.Trim()), HttpContext.RequestAborted);
        if (added.IsFailure)
        {
            Errors = added.Errors;
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(added.Errors));
            return Page();
        }

        var p = added.Value;
        TempData["Done"] = $"Đã lập kế hoạch chi định kỳ số {p.Id} ({p.Key.Unit}, {VietnameseFormat.Amount(amount)} {p.Schedule.VietnameseName()} từ {VietnameseFormat.Month(start.Year, start.Month)}): {p.Status.VietnameseName()}.";
        return Redirect($"/chi/dinh-ky/{p.Id}");
    }

    public async Task<IActionResult> OnPostRunAsync()
    {
        await LoadAsync();
        var errors = new List<DomainError>();
        var through = Month(Through, "through", errors);
        var result = errors.Count > 0 ? Result.Failure<RecurringRun>(errors) : await run.RunAsync(through, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (result.IsFailure)
        {
            Errors = result.Errors;
            Response.StatusCode = errors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(result.Errors));
            return Page();
        }

        var r = result.Value;
        var report = r.Created.Select(c => $"Tạo đề nghị {c.Id}: kế hoạch {c.PlanId} tháng {(c.PlanMonth is { } m ? VietnameseFormat.Month(m.Year, m.Month) : "—")}, {VietnameseFormat.Amount(c.Amount)}, {c.Status.VietnameseName()}.").ToList();
        report.Add($"Đã tạo {r.Created.Count} đề nghị; {r.Approved.Count} đề nghị được cam kết dự toán; {r.StillWaiting.Count} đề nghị còn chờ dự toán.");
        TempData["Done"] = string.Join(" ", report);
        return Redirect("/chi/dinh-ky");
    }

    private static YearMonth Month(string? text, string field, List<DomainError> errors)
    {
        if (VietnameseInput.TryMonth(text, out var y, out var m))
        {
            return new YearMonth(y, m);
        }

        errors.Add(new DomainError(Application.Common.ImportErrors.BadDate, $"Tháng '{text}' không hợp lệ ({VietnameseInput.MonthForms}).", field));
        return default;
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Reach = (await Current.ReachAsync(HttpContext))!;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Rows = await plans.ListAsync(Reach, ct);
        Units = (await units.ListAsync(ct)).Where(u => u.IsActiveOn(today) && Reach.Sees(u.Code) && Reach.May(Permission.SpendRequest, u.Code)).ToList();
        Unit = Units.FirstOrDefault(u => string.Equals(u.Code, Unit?.Trim(), StringComparison.OrdinalIgnoreCase))?.Code ?? Units.FirstOrDefault()?.Code;
        Lines = Unit is null ? [] : await status.RunAsync(Unit, today.Year, ct);
    }
}

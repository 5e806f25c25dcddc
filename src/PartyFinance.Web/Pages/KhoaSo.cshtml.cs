using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages;

/// <summary>/khoa-so: the months of a year per unit, locked or open, with the last change; lock and unlock (with a reason) for those who may.</summary>
public sealed class KhoaSoModel(IPeriodQueries periods, ChangePeriodLock locks, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<PeriodStatus> Rows { get; private set; } = [];

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public string At(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostLockAsync(string unit, int year, int month) =>
        await ChangeAsync(unit, year, month, () => locks.LockAsync(unit, year, month, Current.Login(HttpContext), HttpContext.RequestAborted), "Đã khóa sổ");

    public async Task<IActionResult> OnPostUnlockAsync(string unit, int year, int month, string? reason) =>
        await ChangeAsync(unit, year, month, () => locks.UnlockAsync(unit, year, month, reason, Current.Login(HttpContext), HttpContext.RequestAborted), "Đã mở khóa sổ");

    private async Task<IActionResult> ChangeAsync(string unit, int year, int month, Func<Task<Result<Domain.Ledger.PeriodEvent>>> change, string done)
    {
        var result = await change();
        if (result.IsFailure)
        {
            Errors = result.Errors;
            Unit = unit;
            Year = year;
            await LoadAsync();
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(result.Errors));
            return Page();
        }

        TempData["Done"] = $"{done} {unit} tháng {VietnameseFormat.Month(year, month)}.";
        return Redirect($"/khoa-so?unit={Uri.EscapeDataString(unit)}&year={year}");
    }

    private async Task<bool> LoadAsync()
    {
        Reach = (await Current.ReachAsync(HttpContext))!;
        Year ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        if (Unit is { Length: > 0 } u && !Reach.Sees(u))
        {
            return false;
        }

        Rows = Reach.Visible(await periods.ListAsync(string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(), Year.Value, HttpContext.RequestAborted), p => p.Unit).ToList();
        return true;
    }
}

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

namespace PartyFinance.Web.Pages.DuToan;

/// <summary>
/// /du-toan/thay-doi?unit&amp;year&amp;line=F|A|S|I: one budget line's status (allocated, changes, committed, spent,
/// advanced, available) and every dated movement with its decision, beside the forms that change it —
/// supplement (`budget supplement`), adjustment up or down (`budget adjust`), transfer to another unit
/// (`budget transfer`). Each goes through its use case, which checks role, scope and the deadlines again.
/// </summary>
public sealed class ThayDoiModel(IBudgetStore store, UnitDirectory units, RecordEstimateChange change, TransferEstimate transfer, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty(SupportsGet = true)] public string? Line { get; set; }

    public BudgetLine? Found { get; private set; }

    public BudgetLineKey Key { get; private set; } = null!;

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<OrganisationUnit> OtherUnits { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public bool MayChange => Reach.May(Permission.BudgetChange, Key.Unit);

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostSupplementAsync(string? amount, string? decisionNo, string? date) =>
        ChangeAsync(amount, false, decisionNo, date, (a, no, d) => change.RunAsync(Key, MovementKind.Supplement, a, no, d, HttpContext.RequestAborted), "Đã bổ sung dự toán");

    public Task<IActionResult> OnPostAdjustAsync(string? amount, string? decisionNo, string? date) =>
        ChangeAsync(amount, true, decisionNo, date, (a, no, d) => change.RunAsync(Key, MovementKind.Adjustment, a, no, d, HttpContext.RequestAborted), "Đã điều chỉnh dự toán");

    public Task<IActionResult> OnPostTransferAsync(string? toUnit, string? amount, string? decisionNo, string? date) =>
        ChangeAsync(amount, false, decisionNo, date, (a, no, d) => transfer.RunAsync(Key, toUnit?.Trim() ?? string.Empty, a, no, d, HttpContext.RequestAborted),
            $"Đã điều chuyển dự toán sang {toUnit}");

    private async Task<IActionResult> ChangeAsync(string? amount, bool signed, string? decisionNo, string? date, Func<long, string, DateOnly, Task<Result<long>>> act, string done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var errors = new List<DomainError>();
        if (!VietnameseInput.TryAmount(amount, signed, out var a, out var problem))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadNumber, problem, "amount"));
        }

        var d = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!string.IsNullOrWhiteSpace(date) && !VietnameseInput.TryDate(date, out d))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ ({VietnameseInput.DateForms}).", "date"));
        }

        if (string.IsNullOrWhiteSpace(decisionNo))
        {
            errors.Add(new DomainError(Application.Common.ImportErrors.MissingValue, "Ghi số quyết định.", "decision_no"));
        }

        var result = errors.Count > 0 ? Result.Failure<long>(errors) : await act(a, decisionNo!.Trim(), d);
        if (result.IsFailure)
        {
            Errors = result.Errors;
            Response.StatusCode = errors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(result.Errors));
            return Page();
        }

        TempData["Done"] = $"{done} ({VietnameseFormat.Amount(a)}, quyết định {decisionNo!.Trim()}): dòng {Key} còn khả dụng {VietnameseFormat.Amount(result.Value)}.";
        return Redirect($"/du-toan/thay-doi?unit={Uri.EscapeDataString(Key.Unit)}&year={Key.Year}&line={Uri.EscapeDataString(Line!)}");
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Reach = (await Current.ReachAsync(HttpContext))!;
        var parts = (Line ?? string.Empty).Split('|');
        if (string.IsNullOrWhiteSpace(Unit) || Year is null || parts.Length != 4 || !AutonomyCodes.TryParse(parts[1], out var autonomy) || !Reach.Sees(Unit))
        {
            return false;
        }

        Key = new BudgetLineKey(Unit.Trim(), Year.Value, parts[0], autonomy, parts[2], parts[3]);
        Found = await store.FindLineAsync(Key, ct);
        if (Found is null)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        OtherUnits = (await units.ListAsync(ct)).Where(u => u.IsActiveOn(today) && !string.Equals(u.Code, Key.Unit, StringComparison.OrdinalIgnoreCase) && Reach.May(Permission.BudgetChange, u.Code)).ToList();
        return true;
    }
}

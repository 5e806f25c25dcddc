using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Pages.Chi;

/// <summary>
/// /chi/dinh-ky/{id}: one recurring plan — line, amount versions, schedule, its approval chain (rule, citation, who
/// signed) — and the actions the user may take now: submit (`spend plan submit`), approve with a decision number or
/// reject with a reason (`spend plan approve|reject`). Each goes through its use case, which checks role, scope and maker ≠ checker.
/// </summary>
public sealed class KeHoachModel(PlanViews plans, SubmitRecurringPlan submit, ApproveRecurringPlan approve, RejectRecurringPlan reject, TimeProvider clock) : PageModel
{
    public PlanView View { get; private set; } = null!;

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public bool MaySubmit => View.Plan.Status == PlanStatus.Draft && Reach.May(Permission.SpendRequest, View.Plan.Key.Unit);

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(long id) => ActAsync(id, by => submit.RunAsync(id, by, HttpContext.RequestAborted), "Đã trình");

    public Task<IActionResult> OnPostApproveAsync(long id, string? decisionNo, string? date) => ActAsync(id, async by =>
    {
        var d = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!string.IsNullOrWhiteSpace(date) && !VietnameseInput.TryDate(date, out d))
        {
            return Result.Failure<RecurringPlanApproval>(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ (dd/MM/yyyy).", "date"));
        }

        return await approve.RunAsync(id, by, d, decisionNo, HttpContext.RequestAborted);
    }, "Đã duyệt");

    public Task<IActionResult> OnPostRejectAsync(long id, string? reason) =>
        ActAsync(id, by => reject.RunAsync(id, by, reason ?? string.Empty, HttpContext.RequestAborted), "Đã từ chối");

    private async Task<IActionResult> ActAsync(long id, Func<string, Task<Result<RecurringPlanApproval>>> action, string done)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await action(Current.Login(HttpContext));
        if (result.IsFailure)
        {
            Errors = result.Errors;
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(result.Errors));
            return Page();
        }

        var p = result.Value.Plan;
        var waiting = result.Value.Approval.NextStep is { } next ? $"; chờ bước {next.Number} ({next.Decider.VietnameseName()})" : string.Empty;
        TempData["Done"] = $"{done} kế hoạch chi định kỳ số {p.Id} ({p.Key.Unit}, {VietnameseFormat.Amount(p.Versions[^1].Amount)} {p.Schedule.VietnameseName()}): {p.Status.VietnameseName()}{waiting}.";
        return Redirect($"/chi/dinh-ky/{id}");
    }

    private async Task<bool> LoadAsync(long id)
    {
        Reach = (await Current.ReachAsync(HttpContext))!;
        var view = await plans.FindAsync(id, Reach, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}

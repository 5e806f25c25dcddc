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
/// /chi/{id}: one request — its line's availability now, the rule and citation that decide, the chain
/// so far and the history; the forms the user may use now (submit, approve with a decision number,
/// reject with a reason, pay). Each action goes through its use case, which checks role and scope again.
/// </summary>
public sealed class XemModel(SpendingViews views, SubmitRequest submit, ApproveRequest approve, Application.Budgeting.RejectRequest reject, PayRequest pay,
    CancelRequest cancel, SettleAdvance settle, TimeProvider clock) : PageModel
{
    public SpendingView View { get; private set; } = null!;

    public UserReach Reach { get; private set; } = null!;

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public string At(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public bool MaySubmit => View.Request.Status == SpendingStatus.Draft && Reach.May(Permission.SpendRequest, View.Request.Key.Unit);

    public bool MayPay => View.Request.Status == SpendingStatus.Approved && Reach.May(Permission.SpendPay, View.Request.Key.Unit);

    /// <summary>`spend cancel`: any unpaid request, for those who may request on its unit (an approved one needs a reason).</summary>
    public bool MayCancel => View.Request.Status is SpendingStatus.Draft or SpendingStatus.Submitted or SpendingStatus.AwaitingBudget or SpendingStatus.Approved
        && Reach.May(Permission.SpendRequest, View.Request.Key.Unit);

    /// <summary>`spend settle`: a paid advance, for those who pay on its unit.</summary>
    public bool MaySettle => View.Request.Status == SpendingStatus.Paid && View.Request.Nature == SpendingNature.Advance && Reach.May(Permission.SpendPay, View.Request.Key.Unit);

    public async Task<IActionResult> OnGetAsync(long id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(long id) => ActAsync(id, by => submit.RunAsync(id, by, HttpContext.RequestAborted), "Đã trình duyệt");

    public Task<IActionResult> OnPostApproveAsync(long id, string? decisionNo, string? date) => ActAsync(id, async by =>
    {
        if (!TryDate(date, out var d))
        {
            return Result.Failure<SpendingRequest>(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ (dd/MM/yyyy).", "date"));
        }

        var done = await approve.RunAsync(id, by, d, decisionNo, null, HttpContext.RequestAborted);
        return done.IsFailure ? Result.Failure<SpendingRequest>(done.Errors) : Result.Success(done.Value.Request);
    }, "Đã duyệt");

    public Task<IActionResult> OnPostRejectAsync(long id, string? reason) =>
        ActAsync(id, by => reject.RunAsync(id, by, reason ?? string.Empty, HttpContext.RequestAborted), "Đã từ chối");

    public Task<IActionResult> OnPostPayAsync(long id, string? date, string? method) => ActAsync(id, async by =>
    {
        if (!TryDate(date, out var d))
        {
            return Result.Failure<SpendingRequest>(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ (dd/MM/yyyy).", "date"));
        }

        var how = PaymentMethods.TryParse(method, out var m) ? m : PaymentMethod.BudgetWithdrawal;
        return await pay.RunAsync(id, by, d, how, false, HttpContext.RequestAborted);
    }, "Đã thanh toán");

    public Task<IActionResult> OnPostCancelAsync(long id, string? reason) =>
        ActAsync(id, by => cancel.RunAsync(id, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), HttpContext.RequestAborted), "Đã hủy");

    public Task<IActionResult> OnPostSettleAsync(long id, string? actual, string? date) => ActAsync(id, async by =>
    {
        if (!VietnameseInput.TryAmount(actual, false, out var amount, out var problem))
        {
            return Result.Failure<SpendingRequest>(new DomainError(Application.Common.ImportErrors.BadNumber, problem, "actual"));
        }

        if (!TryDate(date, out var d))
        {
            return Result.Failure<SpendingRequest>(new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ (dd/MM/yyyy).", "date"));
        }

        return await settle.RunAsync(id, amount, by, d, HttpContext.RequestAborted);
    }, "Đã thanh toán tạm ứng");

    private async Task<IActionResult> ActAsync(long id, Func<string, Task<Result<SpendingRequest>>> action, string done)
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

        var r = result.Value;
        TempData["Done"] = $"{done} đề nghị chi số {r.Id} ({VietnameseFormat.Amount(r.Amount)}): trạng thái {r.Status.VietnameseName()}"
            + (r.VoucherNo is { } v ? $"; chứng từ {v}." : ".");
        return Redirect($"/chi/{id}");
    }

    private bool TryDate(string? text, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return true;
        }

        return VietnameseInput.TryDate(text, out date);
    }

    private async Task<bool> LoadAsync(long id)
    {
        Reach = (await Current.ReachAsync(HttpContext))!;
        var view = await views.FindAsync(id, Reach, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Approvals;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.Duyet;

/// <summary>
/// /duyet/ho-so/{id}: one chain signed with `approval approve|reject` — an asset action (transfer, recovery, sale,
/// liquidation, destruction, write-off), a stocktake's surplus or shortage — with the booked cost, the rule and citation
/// and the chain so far; approve the waiting step with a decision number and date, or reject with a reason, through the
/// same use cases as the CLI (<see cref="ApproveStep"/>, <see cref="RejectRequest"/>), which check role, scope and maker ≠ checker again.
/// </summary>
public sealed class HoSoModel(DocumentApprovals documents, ApproveStep approve, RejectRequest reject, TimeProvider clock) : PageModel
{
    public string At(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public DocumentApproval View { get; private set; } = null!;

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, string? decisionNo, string? date)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!VietnameseInput.TryDate(date, out var d))
        {
            return Refused([new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày quyết định '{date}' không hợp lệ ({VietnameseInput.DateForms}).", "date")]);
        }

        var step = View.Approval.NextStep?.Number ?? 1;
        var signed = await approve.ExecuteAsync(new ApproveStepRequest(id, step, Current.Login(HttpContext), decisionNo?.Trim() ?? string.Empty, d), HttpContext.RequestAborted);
        if (signed.IsFailure)
        {
            return Refused(signed.Errors);
        }

        var r = signed.Value;
        TempData["Done"] = r.IsReleased
            ? $"Đã duyệt bước {step}/{r.Steps.Count}: hồ sơ {View.Number} ({View.Title}) đã được {r.Decision.Decider.VietnameseName()} phê duyệt và thực hiện."
            : $"Đã duyệt bước {step}/{r.Steps.Count} của hồ sơ {View.Number} ({View.Title}); chờ bước {r.NextStep!.Number} ({r.NextStep.Decider.VietnameseName()}).";
        return Redirect("/duyet/ho-so/" + id.ToString("D", System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, string? reason)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var rejected = await reject.ExecuteAsync(new RejectRequestRequest(id, Current.Login(HttpContext), reason ?? string.Empty), HttpContext.RequestAborted);
        if (rejected.IsFailure)
        {
            return Refused(rejected.Errors);
        }

        TempData["Done"] = $"Đã từ chối hồ sơ {View.Number} ({View.Title}).";
        return Redirect("/duyet/ho-so/" + id.ToString("D", System.Globalization.CultureInfo.InvariantCulture));
    }

    private IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(errors));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var view = await documents.FindAsync(id, (await Current.ReachAsync(HttpContext))!, HttpContext.RequestAborted);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}

using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Approvals;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>/api/approvals: the chains signed with `approval approve|reject` (asset actions, a stocktake's surplus or shortage) — inbox, show, approve, reject.</summary>
public static class ApprovalApi
{
    public sealed record ApproveBody(string? DecisionNo, DateOnly? Date);

    public sealed record RejectBody(string? Reason);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/approvals/documents", async (HttpContext http, DocumentApprovals documents) =>
            Results.Ok((await documents.InboxAsync((await Current.ReachAsync(http))!, http.RequestAborted)).Select(d => d.Json())))
            .WithSummary("Hộp duyệt: hồ sơ xử lý tài sản (và hồ sơ khác) đang chờ bước người dùng được ký");

        api.MapGet("/approvals/{id:guid}", async (Guid id, HttpContext http, DocumentApprovals documents) =>
            await documents.FindAsync(id, (await Current.ReachAsync(http))!, http.RequestAborted) is { } view ? Results.Ok(view.Json()) : NotFound())
            .WithSummary("Một hồ sơ duyệt: giá trị, quy tắc, căn cứ, chuỗi duyệt, việc xử lý tài sản");

        api.MapPost("/approvals/{id:guid}/approve", async (Guid id, ApproveBody body, HttpContext http, DocumentApprovals documents, ApproveStep approve) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            if (await documents.FindAsync(id, reach, http.RequestAborted) is not { } view)
            {
                return NotFound();
            }

            if (body.Date is not { } date)
            {
                return Problems.Result(422, Application.Common.ImportErrors.BadDate, "Phải ghi ngày quyết định (date).", "date");
            }

            var step = view.Approval.NextStep?.Number ?? 1;
            var signed = await approve.ExecuteAsync(new ApproveStepRequest(id, step, Current.Login(http), body.DecisionNo?.Trim() ?? string.Empty, date), http.RequestAborted);
            return signed.IsFailure ? Problems.From(signed.Errors) : Results.Ok((await documents.FindAsync(id, reach, http.RequestAborted))?.Json());
        }).WithSummary("Duyệt bước đang chờ (số và ngày quyết định bắt buộc); cấp cuối cùng duyệt thì ghi sổ");

        api.MapPost("/approvals/{id:guid}/reject", async (Guid id, RejectBody body, HttpContext http, DocumentApprovals documents, RejectRequest reject) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            if (await documents.FindAsync(id, reach, http.RequestAborted) is null)
            {
                return NotFound();
            }

            var rejected = await reject.ExecuteAsync(new RejectRequestRequest(id, Current.Login(http), body.Reason ?? string.Empty), http.RequestAborted);
            return rejected.IsFailure ? Problems.From(rejected.Errors) : Results.Ok((await documents.FindAsync(id, reach, http.RequestAborted))?.Json());
        }).WithSummary("Từ chối (lý do bắt buộc); không ghi sổ gì");
    }

    private static IResult NotFound() => Problems.Result(404, AuthorityErrors.UnknownRequest, "Không có hồ sơ duyệt này trong các đơn vị bạn được xem.", "id");
}

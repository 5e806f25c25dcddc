using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Api;

/// <summary>/api/spending: list, show, create (and submit), submit, approve, reject, pay; /api/approvals/inbox.</summary>
public static class SpendingApi
{
    public sealed record NewRequestBody(string Unit, int? Year, string FundSource, string Autonomy, string Sector, string BudgetItem, long Amount, string Purpose,
        string? Counterparty, bool Submit = false, bool Advance = false);

    public sealed record CancelBody(string? Reason);

    public sealed record SettleBody(long Actual, DateOnly? Date);

    public sealed record ApproveBody(string? DecisionNo, DateOnly? Date);

    public sealed record RejectBody(string? Reason);

    public sealed record PayBody(DateOnly? Date, string? Method);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/spending", async (string? unit, HttpContext http, SpendingViews views) =>
            Results.Ok(await views.ListAsync((await Current.ReachAsync(http))!, unit, http.RequestAborted))).WithSummary("Đề nghị chi của các đơn vị được xem");

        api.MapGet("/spending/{id:long}", async (long id, HttpContext http, SpendingViews views) =>
            await views.FindAsync(id, (await Current.ReachAsync(http))!, http.RequestAborted) is { } view ? Results.Ok(view.Json()) : NotFound(id))
            .WithSummary("Một đề nghị chi: dòng dự toán, chuỗi duyệt, lịch sử");

        api.MapGet("/approvals/inbox", async (HttpContext http, SpendingViews views) =>
            Results.Ok((await views.InboxAsync((await Current.ReachAsync(http))!, http.RequestAborted)).Select(v => v.Json())))
            .WithSummary("Hộp duyệt: đề nghị chi đang chờ bước người dùng được ký");

        api.MapPost("/spending", async (NewRequestBody body, HttpContext http, CreateSpendingRequest create, SubmitRequest submit, SpendingViews views, TimeProvider clock) =>
        {
            if (!AutonomyCodes.TryParse(body.Autonomy, out var autonomy))
            {
                return Problems.Result(422, "import.bad-value", $"'{body.Autonomy}' phải là autonomous hoặc non-autonomous.", "autonomy");
            }

            var by = Current.Login(http);
            var year = body.Year ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
            var key = new BudgetLineKey(body.Unit?.Trim() ?? string.Empty, year, body.FundSource?.Trim() ?? string.Empty, autonomy, body.Sector?.Trim() ?? string.Empty, body.BudgetItem?.Trim() ?? string.Empty);
            var created = await create.RunAsync(new NewSpendingRequest(key, body.Amount, body.Purpose ?? string.Empty, by, body.Counterparty,
                body.Advance ? SpendingNature.Advance : SpendingNature.Payment), http.RequestAborted);
            if (created.IsFailure)
            {
                return Problems.From(created.Errors);
            }

            if (body.Submit)
            {
                var submitted = await submit.RunAsync(created.Value.Request.Id, by, http.RequestAborted);
                if (submitted.IsFailure)
                {
                    return Problems.From(submitted.Errors);
                }
            }

            var view = await views.FindAsync(created.Value.Request.Id, (await Current.ReachAsync(http))!, http.RequestAborted);
            return Results.Created($"/api/spending/{created.Value.Request.Id}", new { request = view?.Json(), budget_warning = created.Value.Check.Warning });
        }).WithSummary("Lập đề nghị chi (submit = true: trình luôn)");

        api.MapPost("/spending/{id:long}/submit", async (long id, HttpContext http, SubmitRequest submit, SpendingViews views) =>
            await Done(http, views, id, await submit.RunAsync(id, Current.Login(http), http.RequestAborted))).WithSummary("Trình duyệt");

        api.MapPost("/spending/{id:long}/approve", async (long id, ApproveBody body, HttpContext http, ApproveRequest approve, SpendingViews views, TimeProvider clock) =>
        {
            var date = body.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var result = await approve.RunAsync(id, Current.Login(http), date, body.DecisionNo, null, http.RequestAborted);
            return result.IsFailure ? Problems.From(result.Errors) : Results.Ok(views.Of(result.Value, (await Current.ReachAsync(http))!)?.Json());
        }).WithSummary("Duyệt bước đang chờ (số quyết định bắt buộc)");

        api.MapPost("/spending/{id:long}/reject", async (long id, RejectBody body, HttpContext http, RejectRequest reject, SpendingViews views) =>
            await Done(http, views, id, await reject.RunAsync(id, Current.Login(http), body.Reason ?? string.Empty, http.RequestAborted))).WithSummary("Từ chối (lý do bắt buộc)");

        api.MapPost("/spending/{id:long}/pay", async (long id, PayBody body, HttpContext http, PayRequest pay, SpendingViews views, TimeProvider clock) =>
        {
            var method = PaymentMethod.BudgetWithdrawal;
            if (body.Method is { } m && !PaymentMethods.TryParse(m, out method))
            {
                return Problems.Result(422, "import.bad-value", $"'{m}' phải là một trong: {string.Join(", ", PaymentMethods.Codes)}.", "method");
            }

            var date = body.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return await Done(http, views, id, await pay.RunAsync(id, Current.Login(http), date, method, false, http.RequestAborted));
        }).WithSummary("Thanh toán: ghi sổ chứng từ");

        api.MapPost("/spending/{id:long}/cancel", async (long id, CancelBody body, HttpContext http, CancelRequest cancel, SpendingViews views) =>
            await Done(http, views, id, await cancel.RunAsync(id, Current.Login(http), string.IsNullOrWhiteSpace(body.Reason) ? null : body.Reason.Trim(), http.RequestAborted)))
            .WithSummary("Hủy đề nghị chưa chi (đã duyệt: lý do bắt buộc, giải phóng cam kết)");

        api.MapPost("/spending/{id:long}/settle", async (long id, SettleBody body, HttpContext http, SettleAdvance settle, SpendingViews views, TimeProvider clock) =>
        {
            var date = body.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            return await Done(http, views, id, await settle.RunAsync(id, body.Actual, Current.Login(http), date, http.RequestAborted));
        }).WithSummary("Thanh toán tạm ứng theo số thực chi (phần còn lại được giải phóng)");
    }

    private static async Task<IResult> Done(HttpContext http, SpendingViews views, long id, Result<SpendingRequest> result) =>
        result.IsFailure ? Problems.From(result.Errors)
            : Results.Ok((await views.FindAsync(id, (await Current.ReachAsync(http))!, http.RequestAborted))?.Json());

    private static IResult NotFound(long id) => Problems.Result(404, SpendingErrors.RequestNotFound,
        $"Không có đề nghị chi số {id.ToString(System.Globalization.CultureInfo.InvariantCulture)} trong các đơn vị bạn được xem.", "id");
}

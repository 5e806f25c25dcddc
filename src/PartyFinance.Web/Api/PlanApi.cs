using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Api;

/// <summary>/api/plans: recurring plans (`spend plan list|add|submit|approve|reject`) and /api/plans/run (`spend run-recurring`).</summary>
public static class PlanApi
{
    public sealed record NewPlanBody(string Unit, string FundSource, string Autonomy, string Sector, string BudgetItem, long Amount, string Schedule, string Start, string? End,
        string Counterparty, string? Purpose);

    public sealed record ApproveBody(string? DecisionNo, DateOnly? Date);

    public sealed record RejectBody(string? Reason);

    public sealed record RunBody(string Through);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/plans", async (HttpContext http, PlanViews plans) => Results.Ok(await plans.ListAsync((await Current.ReachAsync(http))!, http.RequestAborted)))
            .WithSummary("Kế hoạch chi định kỳ của các đơn vị được xem");

        api.MapGet("/plans/{id:long}", async (long id, HttpContext http, PlanViews plans) =>
            await plans.FindAsync(id, (await Current.ReachAsync(http))!, http.RequestAborted) is { } view ? Results.Ok(view.Json()) : NotFound(id))
            .WithSummary("Một kế hoạch chi định kỳ và chuỗi duyệt");

        api.MapPost("/plans", async (NewPlanBody body, HttpContext http, AddRecurringPlan add, PlanViews plans) =>
        {
            var errors = new List<DomainError>();
            if (!AutonomyCodes.TryParse(body.Autonomy, out var autonomy))
            {
                errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"'{body.Autonomy}' phải là autonomous hoặc non-autonomous.", "autonomy"));
            }

            if (!ScheduleCodes.TryParse(body.Schedule, out var schedule))
            {
                errors.Add(new DomainError(Application.Common.ImportErrors.BadValue, $"'{body.Schedule}' phải là một trong: {string.Join(", ", ScheduleCodes.Codes)}.", "schedule"));
            }

            var start = Month(body.Start, "start", errors);
            YearMonth? end = string.IsNullOrWhiteSpace(body.End) ? null : Month(body.End, "end", errors);
            if (errors.Count > 0)
            {
                return Problems.From(StatusCodes.Status422UnprocessableEntity, errors);
            }

            var key = new BudgetLineKey(body.Unit?.Trim() ?? string.Empty, start.Year, body.FundSource?.Trim() ?? string.Empty, autonomy, body.Sector?.Trim() ?? string.Empty,
                body.BudgetItem?.Trim() ?? string.Empty);
            var added = await add.RunAsync(new NewRecurringPlan(key, body.Counterparty?.Trim() ?? string.Empty, body.Amount, schedule, start, end, Current.Login(http), body.Purpose), http.RequestAborted);
            return added.IsFailure ? Problems.From(added.Errors)
                : Results.Created($"/api/plans/{added.Value.Id}", (await plans.FindAsync(added.Value.Id, (await Current.ReachAsync(http))!, http.RequestAborted))?.Json());
        }).WithSummary("Lập kế hoạch chi định kỳ (nháp)");

        api.MapPost("/plans/{id:long}/submit", async (long id, HttpContext http, SubmitRecurringPlan submit, PlanViews plans) =>
            await Done(http, plans, id, await submit.RunAsync(id, Current.Login(http), http.RequestAborted))).WithSummary("Trình duyệt kế hoạch");

        api.MapPost("/plans/{id:long}/approve", async (long id, ApproveBody body, HttpContext http, ApproveRecurringPlan approve, PlanViews plans, TimeProvider clock) =>
            await Done(http, plans, id, await approve.RunAsync(id, Current.Login(http), body.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime), body.DecisionNo, http.RequestAborted)))
            .WithSummary("Duyệt bước đang chờ của kế hoạch (số quyết định bắt buộc)");

        api.MapPost("/plans/{id:long}/reject", async (long id, RejectBody body, HttpContext http, RejectRecurringPlan reject, PlanViews plans) =>
            await Done(http, plans, id, await reject.RunAsync(id, Current.Login(http), body.Reason ?? string.Empty, http.RequestAborted))).WithSummary("Từ chối kế hoạch (lý do bắt buộc)");

        api.MapPost("/plans/run", async (RunBody body, HttpContext http, RunRecurring run) =>
        {
            var errors = new List<DomainError>();
            var through = Month(body.Through, "through", errors);
            if (errors.Count > 0)
            {
                return Problems.From(StatusCodes.Status422UnprocessableEntity, errors);
            }

            var done = await run.RunAsync(through, Current.Login(http), http.RequestAborted);
            return done.IsFailure ? Problems.From(done.Errors) : Results.Ok(new
            {
                created = done.Value.Created.Select(r => new { id = r.Id, plan = r.PlanId, plan_month = r.PlanMonth?.ToString(), amount = r.Amount, status = r.Status.Code() }),
                approved = done.Value.Approved,
                still_waiting = done.Value.StillWaiting,
            });
        }).WithSummary("Tạo các kỳ chi đến hạn của kế hoạch đã duyệt đến tháng through (yyyy-MM)");
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

    private static async Task<IResult> Done(HttpContext http, PlanViews plans, long id, Result<RecurringPlanApproval> result) =>
        result.IsFailure ? Problems.From(result.Errors) : Results.Ok((await plans.FindAsync(id, (await Current.ReachAsync(http))!, http.RequestAborted))?.Json());

    private static IResult NotFound(long id) => Problems.Result(404, SpendingErrors.PlanNotFound,
        $"Không có kế hoạch chi định kỳ số {id.ToString(System.Globalization.CultureInfo.InvariantCulture)} trong các đơn vị bạn được xem.");
}

using PartyFinance.Application.Ledger;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>/api/periods: the months of a year, locked or open; lock and unlock (with a reason).</summary>
public static class PeriodApi
{
    public sealed record PeriodBody(string Unit, int Year, int Month, string? Reason);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/periods", async (string? unit, int year, HttpContext http, IPeriodQueries periods) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            if (unit is not null && !reach.Sees(unit))
            {
                return BudgetApi.NotYours(unit);
            }

            var rows = await periods.ListAsync(unit, year, http.RequestAborted);
            return Results.Ok(reach.Visible(rows, p => p.Unit).Select(p => new { unit = p.Unit, month = $"{p.Year:D4}-{p.Month:D2}", locked = p.Locked, last_action = p.LastAction, by = p.By, at = p.At, reason = p.Reason }));
        }).WithSummary("Khóa sổ: các tháng trong năm");

        api.MapPost("/periods/lock", async (PeriodBody body, HttpContext http, ChangePeriodLock locks) =>
        {
            var result = await locks.LockAsync(body.Unit, body.Year, body.Month, Current.Login(http), http.RequestAborted);
            return result.IsFailure ? Problems.From(result.Errors) : Results.NoContent();
        }).WithSummary("Khóa sổ một tháng");

        api.MapPost("/periods/unlock", async (PeriodBody body, HttpContext http, ChangePeriodLock locks) =>
        {
            var result = await locks.UnlockAsync(body.Unit, body.Year, body.Month, body.Reason, Current.Login(http), http.RequestAborted);
            return result.IsFailure ? Problems.From(result.Errors) : Results.NoContent();
        }).WithSummary("Mở khóa sổ một tháng (lý do bắt buộc)");
    }
}

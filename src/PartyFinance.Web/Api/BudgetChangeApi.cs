using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Api;

/// <summary>POST /api/budget/supplement, /adjust, /transfer: `budget supplement|adjust|transfer`, each with its decision; answers the source line's availability after the change.</summary>
public static class BudgetChangeApi
{
    public sealed record ChangeBody(string Unit, int Year, string FundSource, string Autonomy, string Sector, string BudgetItem, long Amount, string? DecisionNo, DateOnly? Date,
        string? ToUnit = null);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/budget/supplement", (ChangeBody body, RecordEstimateChange change, TimeProvider clock, CancellationToken ct) =>
            RunAsync(body, clock, (key, no, date) => change.RunAsync(key, MovementKind.Supplement, body.Amount, no, date, ct))).WithSummary("Bổ sung dự toán (số dương)");

        api.MapPost("/budget/adjust", (ChangeBody body, RecordEstimateChange change, TimeProvider clock, CancellationToken ct) =>
            RunAsync(body, clock, (key, no, date) => change.RunAsync(key, MovementKind.Adjustment, body.Amount, no, date, ct))).WithSummary("Điều chỉnh dự toán (tăng hoặc giảm)");

        api.MapPost("/budget/transfer", (ChangeBody body, TransferEstimate transfer, TimeProvider clock, CancellationToken ct) =>
            RunAsync(body, clock, (key, no, date) => transfer.RunAsync(key, body.ToUnit?.Trim() ?? string.Empty, body.Amount, no, date, ct))).WithSummary("Điều chuyển dự toán sang to_unit");
    }

    private static async Task<IResult> RunAsync(ChangeBody body, TimeProvider clock, Func<BudgetLineKey, string, DateOnly, Task<Result<long>>> act)
    {
        if (!AutonomyCodes.TryParse(body.Autonomy, out var autonomy))
        {
            return Problems.Result(422, Application.Common.ImportErrors.BadValue, $"Trường autonomy: '{body.Autonomy}' phải là autonomous hoặc non-autonomous.");
        }

        var key = new BudgetLineKey(body.Unit?.Trim() ?? string.Empty, body.Year, body.FundSource?.Trim() ?? string.Empty, autonomy, body.Sector?.Trim() ?? string.Empty, body.BudgetItem?.Trim() ?? string.Empty);
        var done = await act(key, body.DecisionNo?.Trim() ?? string.Empty, body.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return done.IsFailure ? Problems.From(done.Errors) : Results.Ok(new { line = key.ToString(), available = done.Value });
    }
}

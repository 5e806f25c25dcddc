using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>GET /api/units, /api/budget/status, /api/budget/line (live availability), /api/accounts, /api/budget-items.</summary>
public static class BudgetApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/units", async (HttpContext http, UnitDirectory units) =>
        {
            var reach = await Current.ReachAsync(http);
            var all = await units.ListAsync(http.RequestAborted);
            return Results.Ok(all.Where(u => reach!.Sees(u.Code)).Select(u => new { code = u.Code, name = u.Name, kind = u.Kind.ToSlug(), valid_from = u.ValidFrom, valid_to = u.ValidTo }));
        }).WithSummary("Các đơn vị người dùng được xem");

        api.MapGet("/budget/status", async (string unit, int year, HttpContext http, BudgetStatus status, UnitDirectory units) =>
        {
            var reach = await Current.ReachAsync(http);
            if (!reach!.Sees(unit))
            {
                return NotYours(unit);
            }

            // A unit that does not exist has no status: refused like the CLI's, not answered with an empty list.
            if (!(await units.ListAsync(http.RequestAborted)).Any(u => string.Equals(u.Code, unit.Trim(), StringComparison.Ordinal)))
            {
                return Problems.From([new DomainError(Domain.Ledger.LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại.", "unit")]);
            }

            var rows = await status.RunAsync(unit.Trim(), year, http.RequestAborted);
            return Results.Ok(rows.Select(r => new
            {
                unit = unit.Trim(),
                fund_source = r.FundSource,
                autonomy = r.Autonomy,
                sector = r.Sector,
                budget_item = r.BudgetItem,
                carried_over = r.CarriedOver,
                allocated = r.Allocated,
                adjustments = r.Adjustments,
                committed = r.Committed,
                spent = r.Spent,
                advanced = r.Advanced,
                available = r.Available,
                control_mode = r.ControlMode.Code(),
            }));
        }).WithSummary("Tình hình dự toán từng dòng của một đơn vị");

        api.MapGet("/budget/line", async (string unit, int year, string fundSource, string autonomy, string sector, string budgetItem, HttpContext http, IBudgetStore store) =>
        {
            var reach = await Current.ReachAsync(http);
            if (!reach!.Sees(unit))
            {
                return NotYours(unit);
            }

            if (!AutonomyCodes.TryParse(autonomy, out var a))
            {
                return Problems.Result(422, "import.bad-value", $"'{autonomy}' phải là autonomous hoặc non-autonomous.", "autonomy");
            }

            var key = new BudgetLineKey(unit.Trim(), year, fundSource.Trim(), a, sector.Trim(), budgetItem.Trim());
            var line = await store.FindLineAsync(key, http.RequestAborted);
            return line is null
                ? Problems.Result(404, "budget.line-not-found", $"Chưa có dòng dự toán {key}.")
                : Results.Ok(new { line = key.ToString(), allocated = line.Allocated, adjustments = line.Adjustments, committed = line.Committed, spent = line.Spent, advanced = line.Advanced, available = line.Available, available_text = VietnameseFormat.Amount(line.Available), control_mode = line.ControlMode.Code() });
        }).WithSummary("Khả dụng của một dòng dự toán (khi lập đề nghị chi)");

        api.MapGet("/accounts", async (string? q, HttpContext http, Pickers pickers) => Results.Ok(await pickers.AccountsAsync(q, http.RequestAborted)))
            .WithSummary("Tài khoản (chọn khi nhập chứng từ)");
        api.MapGet("/budget-items", (string? q, Pickers pickers) => Results.Ok(pickers.BudgetItems(q))).WithSummary("Mục, tiểu mục, loại-khoản (chọn khi nhập chứng từ)");
    }

    public static IResult NotYours(string unit) => Problems.Result(403, Application.Common.AccessErrors.NotPermitted, $"Không được xem dữ liệu của đơn vị {unit}.", "unit");
}

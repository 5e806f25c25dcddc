using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>/api/assets (`asset list|show`), the decider of an action before it is asked, an action (`asset transfer|sell|…`); /api/tools (`tool list|show`).</summary>
public static class AssetApi
{
    public sealed record ActionBody(string Action, DateOnly Date, string? To, long? Proceeds, string? Reason);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/assets", async (string? unit, int? year, HttpContext http, AssetQueries assets, TimeProvider clock) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            if (unit is { Length: > 0 } && !reach.Sees(unit))
            {
                return BudgetApi.NotYours(unit);
            }

            var y = year ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
            var rows = reach.Visible(await assets.ListAsync(string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), y, http.RequestAborted), r => r.Unit);
            return Results.Ok(rows.Select(r => new { code = r.Code, name = r.Name, @class = r.Class, unit = r.Unit, original_cost = r.OriginalCost, accumulated_wear = r.AccumulatedWear, residual = r.Residual, status = r.Status.Code() }));
        }).WithSummary("Sổ tài sản cố định đến 31/12 của năm");

        api.MapGet("/assets/{code}", async (string code, HttpContext http, AssetQueries assets) =>
        {
            var card = await assets.ShowAsync(code, http.RequestAborted);
            var reach = await Current.ReachAsync(http);
            if (card is null || !reach!.Sees(card.State.Unit))
            {
                return NotFound(code);
            }

            return Results.Ok(CardJson(card, card.Earlier.Where(e => reach.Sees(e.State.Unit)).ToList()));
        }).WithSummary("Thẻ tài sản: nguồn hình thành, hao mòn theo năm, lịch sử, đề nghị xử lý, các thẻ trước đây của mã");

        api.MapGet("/assets/{code}/decider", async (string code, string action, DateOnly date, HttpContext http, AssetQueries assets, PreviewAssetAction preview) =>
        {
            var card = await assets.ShowAsync(code, http.RequestAborted);
            if (card is null || !(await Current.ReachAsync(http))!.Sees(card.State.Unit))
            {
                return NotFound(code);
            }

            if (!AssetCodes.TryParse(action, out AssetAction a) || a == AssetAction.RecordSurplus)
            {
                return Problems.Result(422, Application.Common.ImportErrors.BadValue, $"Trường action: '{action}' phải là một trong: transfer, recover, sell, liquidate, destroy, write-off.");
            }

            var d = await preview.RunAsync(a, code, date, http.RequestAborted);
            return d.IsFailure ? Problems.From(d.Errors)
                : Results.Ok(new { decider = d.Value.Decider.ToSlug(), decider_name = d.Value.Decider.VietnameseName(), rule_set = d.Value.RuleSetName, rule_decision_no = d.Value.DecisionNo, citation = d.Value.Citation, rule_row = d.Value.RuleRow });
        }).WithSummary("Ai quyết định việc xử lý tài sản (trước khi lập đề nghị; không ghi gì)");

        api.MapPost("/assets/{code}/actions", async (string code, ActionBody body, HttpContext http, RequestAssetAction request) =>
        {
            if (!AssetCodes.TryParse(body.Action, out AssetAction a))
            {
                return Problems.Result(422, Application.Common.ImportErrors.BadValue, $"Trường action: '{body.Action}' phải là một trong: transfer, recover, sell, liquidate, destroy, write-off.");
            }

            var opened = await request.RunAsync(a, code, body.Date, body.To, body.Proceeds, body.Reason, Current.Login(http), http.RequestAborted);
            if (opened.IsFailure)
            {
                return Problems.From(opened.Errors);
            }

            var o = opened.Value;
            return Results.Created($"/api/assets/{Uri.EscapeDataString(o.Action.AssetCode)}", new
            {
                id = o.Action.Id,
                asset = o.Action.AssetCode,
                action = o.Action.Action.Code(),
                approval_id = o.Approval.Id,
                decider = o.Approval.Decision.Decider.ToSlug(),
                rule_set = o.Approval.Decision.RuleSetName,
                citation = o.Approval.Decision.Citation,
                steps = o.Approval.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal }),
            });
        }).WithSummary("Lập đề nghị xử lý tài sản: mở chuỗi duyệt theo quy tắc phân cấp");

        api.MapGet("/tools", async (string? unit, HttpContext http, ToolQueries tools) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            if (unit is { Length: > 0 } && !reach.Sees(unit))
            {
                return BudgetApi.NotYours(unit);
            }

            return Results.Ok(reach.Visible(await tools.ListAsync(unit, http.RequestAborted), t => t.Unit).Select(t => new
            {
                code = t.Code,
                name = t.Name,
                unit = t.Unit,
                measure = t.Measure,
                received = t.ReceivedQuantity,
                issued = t.IssuedQuantity,
                in_store = t.InStoreQuantity,
                received_value = t.ReceivedValue,
                issued_value = t.IssuedValue,
                in_store_value = t.InStoreValue,
                custodian = t.Custodian,
                line = t.Line.ToString(),
            }));
        }).WithSummary("Sổ công cụ, dụng cụ");
    }

    /// <summary>
    /// A card as `asset show --json` gives it; <c>key</c> is the card's stored identity (its code, or code#2 … for a card that
    /// took a reversed card's code). <paramref name="earlier"/>: the earlier cards of the code (purchase reversed, oldest first),
    /// each with the cost it was recognised at (its cost is 0 once reversed) and its page.
    /// </summary>
    private static object CardJson(AssetCard card, IReadOnlyList<AssetCard>? earlier)
    {
        var (a, s) = (card.Asset, card.State);
        return new
        {
            code = a.Code,
            key = a.Key,
            name = a.Name,
            @class = a.ClassCode,
            unit = s.Unit,
            status = s.Status.Code(),
            original_cost = s.OriginalCost,
            recognised_cost = a.Events[0].CostChange.Total,
            funding = new { state = s.Funding.State, party = s.Funding.Party, other = s.Funding.Other },
            accumulated_wear = s.AccumulatedWear,
            residual = s.Residual,
            wear = a.Wear.OrderBy(w => w.Year).Select(w => new { year = w.Year, unit = w.Unit, amount = w.Amount, voucher = w.Voucher }),
            history = card.History.Select(h => new { date = h.Date, kind = h.Kind.Code(), unit = h.Unit, from_unit = h.FromUnit, cost_change = h.CostChange, wear_change = h.WearChange, proceeds = h.Proceeds, vouchers = h.Vouchers, reason = h.Reason, by = h.By }),
            actions = card.Actions.Select(x => new { id = x.Id, action = x.Action.Code(), date = x.Date, to_unit = x.ToUnit, status = AssetActionRequest.StatusCode(x.Status), requested_by = x.RequestedBy }),
            page = Pages.TaiSan.TheModel.Link(a.Code, earlier is null ? a.Key : null),
            earlier_cards = earlier?.Select(e => CardJson(e, null)),
        };
    }

    private static IResult NotFound(string code) => Problems.Result(404, AssetErrors.NotFound, $"Không có tài sản mã '{code}' trong các đơn vị bạn được xem.");
}

using PartyFinance.Application.Ledger;
using PartyFinance.Web.Ledger;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>/api/vouchers: search, show (?number=), post a typed voucher, reverse with a reason.</summary>
public static class VoucherApi
{
    public sealed record ReverseBody(string Number, DateOnly Date, string? Reason);

    public sealed record LineBody(string? Account, long? Debit, long? Credit, string? FundSource, string? BudgetItem, string? Sector, string? Program, string? Counterparty);

    public sealed record VoucherBody(string? Key, DateOnly Date, string Unit, string Type, string Description, IReadOnlyList<LineBody> Lines);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/vouchers", async (string? unit, string? account, string? text, string? type, DateOnly? from, DateOnly? to, HttpContext http, IVoucherSearch search) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            if (unit is not null && !reach.Sees(unit))
            {
                return BudgetApi.NotYours(unit);
            }

            var found = await search.FindAsync(new VoucherSearchCriteria(unit, account, text, type, null, null, null, from, to), http.RequestAborted);
            return Results.Ok(reach.Visible(found, v => v.Unit).Select(Item));
        }).WithSummary("Tìm chứng từ (đơn vị, tài khoản, nội dung, loại, khoảng ngày)");

        api.MapGet("/voucher", async (string number, HttpContext http, ILedgerQueries queries) =>
        {
            var reach = (await Current.ReachAsync(http))!;
            var v = await queries.FindVoucherAsync(number.Trim(), http.RequestAborted);
            return v is null || !reach.Sees(v.Unit)
                ? Problems.Result(404, "ledger.voucher-not-found", $"Không có chứng từ số {number} trong các đơn vị bạn được xem.", "number")
                : Results.Ok(new
                {
                    number = v.Number,
                    key = v.Key,
                    date = v.Date,
                    unit = v.Unit,
                    type = v.Type,
                    description = v.Description,
                    amount = v.Amount,
                    reverses = v.Reverses,
                    reversed_by = v.ReversedBy,
                    lines = v.Lines.Select(l => new { account = l.Account, side = l.Side, amount = l.Amount, fund_source = l.FundSource, budget_item = l.BudgetItem, sector = l.Sector, program = l.Program, counterparty = l.Counterparty }),
                });
        }).WithSummary("Xem một chứng từ");

        api.MapPost("/vouchers", async (VoucherBody body, HttpContext http, VoucherEntry entry) =>
        {
            static string? Text(long? amount) => amount?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var voucher = new EntryVoucher(body.Key, body.Date, body.Unit, body.Type, body.Description,
                (body.Lines ?? []).Select(l => new EntryLine(l.Account, Text(l.Debit), Text(l.Credit), l.FundSource, l.BudgetItem, l.Sector, l.Program, l.Counterparty)).ToList());
            var report = await entry.PostAsync(voucher, Current.Login(http), http.RequestAborted);
            return report.Succeeded
                ? Results.Created($"/api/voucher?number={Uri.EscapeDataString(report.FirstNumber ?? string.Empty)}", new { number = report.FirstNumber, stored = report.Stored, skipped = report.Skipped })
                : Problems.From(report.Errors);
        }).WithSummary("Ghi sổ một chứng từ (như voucher import: cân, đủ chiều phân tích, kỳ chưa khóa, kiểm soát dự toán)");

        api.MapPost("/vouchers/reverse", async (ReverseBody body, HttpContext http, Application.Budgeting.ReverseSpendingVoucher reverse) =>
        {
            var result = await reverse.RunAsync(body.Number?.Trim() ?? string.Empty, body.Date, body.Reason ?? string.Empty, Current.Login(http), http.RequestAborted);
            return result.IsFailure ? Problems.From(result.Errors) : Results.Ok(new { number = result.Value, reverses = body.Number });
        }).WithSummary("Ghi đảo chứng từ (lý do bắt buộc)");
    }

    public static object Item(VoucherListItem v) => new
    {
        number = v.Number,
        key = v.Key,
        date = v.Date,
        unit = v.Unit,
        type = v.Type,
        description = v.Description,
        amount = v.Amount,
        reverses = v.Reverses,
        reversed_by = v.ReversedBy,
    };
}

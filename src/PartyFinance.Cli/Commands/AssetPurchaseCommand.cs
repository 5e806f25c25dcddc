using System.CommandLine;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`asset purchase &lt;code&gt;`: a fixed asset bought with Party funds (outside the estimate), paid in cash or from the deposit account.</summary>
internal static class AssetPurchaseCommand
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var line = new BudgetWiring.LineOptions();
        var code = new Argument<string>("code") { Description = "Mã tài sản", HelpName = "mã" };
        var name = new Option<string>("--name") { Description = "Tên tài sản", Required = true };
        var assetClass = new Option<string>("--class") { Description = "Loại tài sản (asset class list)", Required = true };
        var amount = Arguments.Amount("--amount", "Nguyên giá (đồng)");
        var date = new Option<string?>("--date") { Description = "Ngày mua, đưa vào sử dụng (mặc định hôm nay)" };
        var method = new Option<string?>("--method") { Description = "cash (mặc định) | bank" };
        var location = new Option<string?>("--location") { Description = "Nơi đặt tài sản" };
        var custodian = new Option<string?>("--custodian") { Description = "Người/bộ phận quản lý, sử dụng" };
        var reason = new Option<string>("--reason") { Description = "Căn cứ mua (số quyết định)", Required = true };
        var life = new Option<int?>("--life-months") { Description = "Thời gian sử dụng dự kiến (tháng); dưới 1 năm là công cụ, dụng cụ" };
        var command = new Command("purchase", "Mua tài sản cố định bằng kinh phí của Đảng (ngoài dự toán; nguồn NSNN: spend request)")
        {
            code, name, assetClass, amount, date, method, location, custodian, reason, life,
        };
        foreach (var o in line.All)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var on = BudgetWiring.DateOr(c, p.GetValue(date), "--date");
            var bank = p.GetValue(method)?.Trim() switch
            {
                null or "" or "cash" => false,
                "bank" => true,
                var other => throw new UsageException($"--method '{other}' không hợp lệ; chọn một trong: cash, bank."),
            };
            var r = await c.Get<PurchaseWithPartyFunds>().RunAsync(new PartyFundPurchase(p.GetValue(code)!, p.GetValue(name)!, p.GetValue(assetClass)!, line.Key(p, on.Year),
                p.GetValue(amount), on, bank, p.GetValue(location), p.GetValue(custodian), p.GetValue(reason)!, c.Actor, p.GetValue(life)), ct);
            if (r.IsFailure)
            {
                return c.Output.Refuse(r.Errors);
            }

            var voucher = r.Value.Events[0].Vouchers;
            if (c.Json)
            {
                c.Output.Json(new { code = r.Value.Code, original_cost = r.Value.Current.OriginalCost, funding = new { party = r.Value.Current.Funding.Party }, voucher });
            }
            else
            {
                c.Output.Line($"Đã ghi tăng tài sản cố định {r.Value.Code} ({r.Value.Name}) mua bằng kinh phí của Đảng, nguyên giá {VietnameseFormat.Amount(r.Value.Current.OriginalCost)} — chứng từ {voucher}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Authority;

namespace PartyFinance.Cli.Commands;

/// <summary>`asset purchase &lt;code&gt;`: asks for a fixed asset bought with Party funds (outside the estimate), paid in cash or from the deposit account; card and voucher follow the final approval.</summary>
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
        var command = new Command("purchase", "Đề nghị mua tài sản cố định bằng kinh phí của Đảng (ngoài dự toán; nguồn NSNN: spend request); ghi sổ khi cấp có thẩm quyền duyệt")
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

            var (x, approval) = (r.Value.Purchase, r.Value.Approval);
            var number = await c.Get<ApprovalNumbers>().NumberOfAsync(approval.Id, ct);
            if (c.Json)
            {
                c.Output.Json(new
                {
                    purchase_id = x.Id,
                    code = x.Code,
                    name = x.Name,
                    @class = x.ClassCode,
                    unit = x.Unit,
                    date = x.Date,
                    original_cost = x.Amount,
                    method = x.FromBank ? "bank" : "cash",
                    status = AssetActionRequest.StatusCode(x.Status),
                    approval = ApprovalView.Json(approval, number),
                });
                return ExitCodes.Success;
            }

            c.Output.Line($"Đã lập đề nghị mua số {x.Id}: mua tài sản cố định {x.Code} ({x.Name}, loại {x.ClassCode}) bằng kinh phí của Đảng, nguyên giá {VietnameseFormat.Amount(x.Amount)} ngày {VietnameseFormat.Date(x.Date)}.");
            c.Output.Line($"Thẩm quyền quyết định: {approval.Decision.Decider.VietnameseName()} theo {approval.Decision.RuleApplied} (quyết định {approval.Decision.DecisionNo}).");
            c.Output.Line("Chuỗi duyệt: " + ApprovalView.Chain(approval));
            c.Output.Line($"Thẻ tài sản và chứng từ chỉ được ghi khi cấp cuối cùng duyệt: partyfinance approval approve {number} --decision-no … --date … --by …");
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Budgeting;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`spend request|submit|approve|reject|pay|settle|cancel|list|run-recurring` and the `spend plan` group.</summary>
public static class SpendCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var spend = new Command("spend", "Đề nghị chi và chi định kỳ")
        {
            Request(context), Submit(context), Approve(context), Reject(context), Pay(context), Settle(context), Cancel(context), List(context), Show(context),
            RunRecurring(context), SpendPlanCommands.Build(context),
        };
        return spend;
    }

    private static Command Request(Func<ParseResult, CliContext> context)
    {
        var line = new BudgetWiring.LineOptions();
        var year = new Option<int?>("--year") { Description = "Năm ngân sách (mặc định: năm nay)" };
        var amount = Arguments.Amount("--amount", "Số tiền (đồng, ví dụ 150000000 hoặc 150.000.000)");
        var purpose = new Option<string>("--purpose") { Description = "Nội dung chi", Required = true };
        var payee = new Option<string?>("--counterparty", "--payee") { Description = "Người/đơn vị nhận tiền (đối tượng)" };
        var advance = new Option<bool>("--advance") { Description = "Tạm ứng (thanh toán sau bằng spend settle)" };
        var contract = new Option<string?>("--contract-signed") { Description = "Ngày ký hợp đồng (yyyy-MM-dd hoặc dd/MM/yyyy), nếu có" };
        var assetClass = new Option<string?>("--asset-class") { Description = "Mục mua sắm tài sản (6950, 7050 …): loại tài sản (asset class list)" };
        var assetName = new Option<string?>("--asset-name") { Description = "Mục mua sắm tài sản: tên tài sản" };
        var assetCode = new Option<string?>("--asset-code") { Description = "Mã tài sản (mặc định TS-<đơn vị>-<số đề nghị>)" };
        var location = new Option<string?>("--location") { Description = "Nơi đặt tài sản" };
        var custodian = new Option<string?>("--custodian") { Description = "Người/bộ phận quản lý, sử dụng tài sản" };
        var quantity = new Option<int?>("--quantity") { Description = "Mục mua sắm: số lượng (mặc định 1); đơn giá dưới ngưỡng tài sản cố định là công cụ, dụng cụ" };
        var measure = new Option<string?>("--measure") { Description = "Công cụ, dụng cụ: đơn vị tính (mặc định cái)" };
        var life = new Option<int?>("--life-months") { Description = "Mục mua sắm: thời gian sử dụng dự kiến (tháng); dưới 1 năm là công cụ, dụng cụ" };
        var command = new Command("request", "Lập đề nghị chi (kiểm tra dự toán để tham khảo)")
        {
            year, amount, purpose, payee, advance, contract, assetClass, assetName, assetCode, location, custodian, quantity, measure, life,
        };
        foreach (var o in line.All)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var key = line.Key(p, p.GetValue(year) ?? BudgetWiring.Today(c).Year);
            DateOnly? signed = p.GetValue(contract) is { } s ? BudgetWiring.DateOr(c, s, "--contract-signed") : null;
            var asset = new AssetPurchaseInput(p.GetValue(assetClass), p.GetValue(assetName), p.GetValue(assetCode), p.GetValue(location), p.GetValue(custodian),
                p.GetValue(quantity), p.GetValue(measure), p.GetValue(life));
            var created = await c.Get<CreateSpendingRequest>().RunAsync(new NewSpendingRequest(key, p.GetValue(amount),
                p.GetValue(purpose) ?? string.Empty, c.Actor, p.GetValue(payee), p.GetValue(advance) ? SpendingNature.Advance : SpendingNature.Payment, signed,
                asset.IsEmpty ? null : asset), ct);
            return created.IsFailure
                ? c.Output.Refuse(created.Errors)
                : SpendOutput.Print(c, created.Value.Request, "Đã lập", created.Value.Check.Warning, created.Value.AssetNotice);
        });
        return command;
    }

    private static Argument<long> IdArgument() => new("id") { Description = "Số đề nghị chi" };

    private static Command Submit(Func<ParseResult, CliContext> context)
    {
        var id = IdArgument();
        var command = new Command("submit", "Trình duyệt đề nghị chi") { id };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<SubmitRequest>().RunAsync(p.GetValue(id), c.Actor, ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : await SpendOutput.PrintSubmittedAsync(c, result.Value, ct);
        });
        return command;
    }

    private static Command Approve(Func<ParseResult, CliContext> context)
    {
        var id = IdArgument();
        var decision = new Option<string?>("--decision-no") { Description = "Số quyết định/văn bản duyệt (bắt buộc)" };
        var date = new Option<string?>("--date") { Description = "Ngày của quyết định duyệt (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" };
        var over = new Option<string?>("--override-reason") { Description = "Lý do chấp nhận vượt dự toán (chỉ nguồn ở chế độ cảnh báo)" };
        var command = new Command("approve", "Duyệt đề nghị chi (kiểm soát dự toán bắt buộc, có khóa)") { id, decision, date, over };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var @override = p.GetValue(over) is { } reason ? new BudgetOverride(c.Actor, reason) : null;
            var result = await c.Get<ApproveRequest>().RunAsync(p.GetValue(id), c.Actor, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), p.GetValue(decision), @override, ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : SpendOutput.PrintApproval(c, result.Value);
        });
        return command;
    }

    private static Command Reject(Func<ParseResult, CliContext> context)
    {
        var id = IdArgument();
        var reason = new Option<string>("--reason") { Description = "Lý do từ chối", Required = true };
        var command = new Command("reject", "Từ chối đề nghị chi") { id, reason };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<RejectRequest>().RunAsync(p.GetValue(id), c.Actor, p.GetValue(reason) ?? string.Empty, ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : SpendOutput.Print(c, result.Value, "Đã từ chối");
        });
        return command;
    }

    private static Command Pay(Func<ParseResult, CliContext> context)
    {
        var id = IdArgument();
        var date = new Option<string?>("--date") { Description = "Ngày chứng từ (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" };
        var method = new Option<string>("--method") { Description = "withdrawal (rút dự toán, RDT) | bank (ủy nhiệm chi, UNC) | cash (phiếu chi, PC)", DefaultValueFactory = _ => "withdrawal" };
        var order = new Option<bool>("--payment-order") { Description = "Kinh phí cấp bằng lệnh chi tiền (ghi giảm 012)" };
        var command = new Command("pay", "Thanh toán: ghi sổ chứng từ và chuyển cam kết thành thực chi") { id, date, method, order };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var how = PaymentMethods.TryParse(p.GetValue(method), out var m) ? m
                : throw new UsageException($"--method '{p.GetValue(method)}' phải là một trong: {string.Join(", ", PaymentMethods.Codes)}.");
            var result = await c.Get<PayRequest>().RunAsync(p.GetValue(id), c.Actor, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), how, p.GetValue(order), ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : SpendOutput.Print(c, result.Value, "Đã thanh toán");
        });
        return command;
    }

    private static Command Settle(Func<ParseResult, CliContext> context)
    {
        var id = IdArgument();
        var actual = Arguments.Amount("--actual", "Số thực chi (đồng), không quá số tạm ứng");
        var date = new Option<string?>("--date") { Description = "Ngày thanh toán tạm ứng (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" };
        var command = new Command("settle", "Thanh toán tạm ứng theo số thực chi") { id, actual, date };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<SettleAdvance>().RunAsync(p.GetValue(id), p.GetValue(actual), c.Actor, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : SpendOutput.Print(c, result.Value, "Đã thanh toán tạm ứng");
        });
        return command;
    }

    private static Command Cancel(Func<ParseResult, CliContext> context)
    {
        var id = IdArgument();
        var reason = new Option<string?>("--reason") { Description = "Lý do hủy" };
        var command = new Command("cancel", "Hủy đề nghị chi chưa thanh toán (giải phóng cam kết)") { id, reason };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<CancelRequest>().RunAsync(p.GetValue(id), c.Actor, p.GetValue(reason), ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : SpendOutput.Print(c, result.Value, "Đã hủy");
        });
        return command;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<long>("id") { Description = "Số đề nghị chi" };
        var command = new Command("show", "Xem một đề nghị chi và toàn bộ lịch sử của nó") { id };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var found = await c.Get<ShowRequest>().RunAsync(p.GetValue(id), ct);
            if (found.IsFailure)
            {
                return c.Output.Refuse(found.Errors);
            }

            var r = found.Value;
            var history = r.History.Select((e, i) => new
            {
                sequence = i + 1,
                action = e.Action,
                from = e.From.Code(),
                to = e.To.Code(),
                by = e.By,
                at = e.At,
                reason = e.Reason,
                decision_no = e.DecisionNo,
                voucher_no = e.VoucherNo,
            }).ToList();
            if (c.Json)
            {
                var json = SpendOutput.Json(r);
                json["nature"] = r.Nature.Code();
                json["settled_amount"] = r.SettledAmount;
                json["history"] = history;
                c.Output.Json(json);
                return ExitCodes.Success;
            }

            c.Output.Line($"Đề nghị chi số {SpendOutput.Id(r.Id)}: {r.Purpose} — {VietnameseFormat.Amount(r.Amount)}"
                + (r.Nature == SpendingNature.Advance ? " (tạm ứng)" : string.Empty) + $", trạng thái {r.Status.Name()}.");
            c.Output.Line($"Dòng dự toán: {r.Key}" + (r.Payee is null ? string.Empty : $"; người nhận: {r.Payee}") + (r.VoucherNo is null ? string.Empty : $"; chứng từ {r.VoucherNo}"));
            if (r.Asset is { } a)
            {
                c.Output.Line((a.Tool is { } t ? $"Công cụ, dụng cụ mua: {a.Code} — {a.Name}, {t.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} {t.Measure}" : $"Tài sản mua: {a.Code} — {a.Name}, loại {a.ClassCode}")
                    + (a.Location is null ? string.Empty : $", đặt tại {a.Location}")
                    + (a.Custodian is null ? string.Empty : $", người quản lý {a.Custodian}"));
            }

            c.Output.Line("Lịch sử:");
            foreach (var e in history)
            {
                var at = TimeZoneInfo.ConvertTime(e.at, c.Clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
                c.Output.Line($"  {e.sequence}. {at} {SpendingActions.Name(e.action)} — {e.by}"
                    + (e.decision_no is null ? string.Empty : $", quyết định {e.decision_no}")
                    + (e.voucher_no is null ? string.Empty : $", chứng từ {e.voucher_no}")
                    + (e.reason is null ? string.Empty : $": {e.reason}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị" };
        var command = Csv.Supported(new Command("list", "Liệt kê đề nghị chi") { unit });
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var rows = await c.Get<ListRequests>().RunAsync(p.GetValue(unit), ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, rows.Select(r => new
                {
                    id = r.Id,
                    unit = r.Unit,
                    amount = r.Amount,
                    status = r.Status,
                    fund_source = r.FundSource,
                    autonomy = r.Autonomy,
                    sector = r.Sector,
                    budget_item = r.BudgetItem,
                    plan = r.Plan,
                    plan_month = r.PlanMonth,
                    voucher_no = r.VoucherNo,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Số",6} {"Đơn vị",-8} {"Số tiền",18} {"Trạng thái",-21} {"Nguồn",-6} {"Tự chủ",-15} {"Loại-Khoản",-10} {"Mục",-6} Kế hoạch");
            foreach (var r in rows)
            {
                var plan = r.Plan is { } pl ? $"{SpendOutput.Id(pl)} ({SpendOutput.Month(r.PlanMonth)})" : string.Empty;
                c.Output.Line($"{SpendOutput.Id(r.Id),6} {r.Unit,-8} {VietnameseFormat.Amount(r.Amount),18} {Words.SpendingStatusName(r.Status),-21} {r.FundSource,-6} {Words.AutonomyName(r.Autonomy),-15} {r.Sector,-10} {r.BudgetItem,-6} {plan}");
            }

            c.Output.Line($"{rows.Count} đề nghị chi.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RunRecurring(Func<ParseResult, CliContext> context)
    {
        var through = new Option<string>("--through") { Description = "Tạo các kỳ chi đến hết tháng này (yyyy-MM hoặc MM/yyyy)", Required = true };
        var command = new Command("run-recurring", "Tạo các khoản chi định kỳ đến hạn (chạy lại không tạo trùng)") { through };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var month = BudgetWiring.Month(p.GetValue(through), "--through");
            var ran = await c.Get<RunRecurring>().RunAsync(month, c.Actor, ct);
            if (ran.IsFailure)
            {
                return c.Output.Refuse(ran.Errors);
            }

            var run = ran.Value;
            if (c.Json)
            {
                c.Output.Json(new { created = run.Created.Select(r => SpendOutput.Json(r)), approved = run.Approved, still_waiting = run.StillWaiting });
                return ExitCodes.Success;
            }

            foreach (var r in run.Created)
            {
                c.Output.Line($"Tạo đề nghị {SpendOutput.Id(r.Id)}: kế hoạch {SpendOutput.Id(r.PlanId ?? 0)} tháng {SpendOutput.Month(r.PlanMonth)}, {VietnameseFormat.Amount(r.Amount)}, {r.Status.Name()}.");
            }

            c.Output.Line($"Đã tạo {run.Created.Count}; đã bố trí dự toán {run.Approved.Count}; chờ bố trí dự toán {run.StillWaiting.Count}"
                + (run.StillWaiting.Count > 0 ? $" (số {string.Join(", ", run.StillWaiting.Select(SpendOutput.Id))})." : "."));
            return ExitCodes.Success;
        });
        return command;
    }
}

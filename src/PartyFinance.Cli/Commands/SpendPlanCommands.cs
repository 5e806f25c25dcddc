using System.CommandLine;
using PartyFinance.Application.Budgeting;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Authority;

namespace PartyFinance.Cli.Commands;

/// <summary>`spend plan add|submit|approve|reject|list`: recurring spending plans and their approval chain.</summary>
public static class SpendPlanCommands
{
    public static Command Build(Func<ParseResult, CliContext> context) =>
        new("plan", "Kế hoạch chi định kỳ") { Add(context), Submit(context), Approve(context), Reject(context), List(context) };

    private static Command Add(Func<ParseResult, CliContext> context)
    {
        var line = new BudgetWiring.LineOptions();
        var amount = Arguments.Amount("--amount", "Số tiền mỗi kỳ (đồng)");
        var schedule = new Option<string>("--schedule") { Description = "monthly | quarterly | yearly", Required = true };
        var start = new Option<string>("--start") { Description = "Tháng bắt đầu (yyyy-MM hoặc MM/yyyy)", Required = true };
        var end = new Option<string?>("--end") { Description = "Tháng kết thúc (yyyy-MM hoặc MM/yyyy), bỏ trống = không thời hạn" };
        var payee = new Option<string>("--counterparty", "--payee") { Description = "Người/đơn vị được chi (đối tượng)", Required = true };
        var purpose = new Option<string?>("--purpose") { Description = "Nội dung chi (mặc định: đối tượng nhận)" };
        var command = new Command("add", "Lập kế hoạch chi định kỳ") { amount, schedule, start, end, payee, purpose };
        foreach (var o in line.All)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var from = BudgetWiring.Month(p.GetValue(start), "--start");
            YearMonth? to = p.GetValue(end) is { } e ? BudgetWiring.Month(e, "--end") : null;
            var every = ScheduleCodes.TryParse(p.GetValue(schedule), out var s) ? s
                : throw new UsageException($"--schedule '{p.GetValue(schedule)}' phải là monthly, quarterly hoặc yearly.");
            var plan = await c.Get<AddRecurringPlan>().RunAsync(
                new NewRecurringPlan(line.Key(p, from.Year), p.GetValue(payee) ?? string.Empty, p.GetValue(amount), every, from, to, c.Actor, p.GetValue(purpose)), ct);
            return plan.IsFailure ? c.Output.Refuse(plan.Errors) : Print(c, plan.Value, "Đã lập");
        });
        return command;
    }

    private static Command Submit(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<long>("id") { Description = "Số kế hoạch" };
        var command = new Command("submit", "Trình duyệt kế hoạch chi định kỳ (mở chuỗi duyệt theo thẩm quyền của tổng năm)") { id };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<SubmitRecurringPlan>().RunAsync(p.GetValue(id), c.Actor, ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : await PrintAsync(c, result.Value, "Đã trình", ct);
        });
        return command;
    }

    private static Command Approve(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<long>("id") { Description = "Số kế hoạch" };
        var decision = new Option<string?>("--decision-no") { Description = "Số quyết định/văn bản duyệt (bắt buộc)" };
        var date = new Option<string?>("--date") { Description = "Ngày của quyết định duyệt (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" };
        var command = new Command("approve", "Duyệt bước đang chờ của kế hoạch chi định kỳ (thẩm quyền theo tổng năm)") { id, decision, date };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<ApproveRecurringPlan>().RunAsync(p.GetValue(id), c.Actor, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), p.GetValue(decision), ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : await PrintAsync(c, result.Value, "Đã duyệt", ct);
        });
        return command;
    }

    private static Command Reject(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<long>("id") { Description = "Số kế hoạch" };
        var reason = new Option<string>("--reason") { Description = "Lý do từ chối", Required = true };
        var command = new Command("reject", "Từ chối kế hoạch chi định kỳ đang chờ duyệt") { id, reason };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<RejectRecurringPlan>().RunAsync(p.GetValue(id), c.Actor, p.GetValue(reason) ?? string.Empty, ct);
            return result.IsFailure ? c.Output.Refuse(result.Errors) : await PrintAsync(c, result.Value, "Đã từ chối", ct);
        });
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var command = Csv.Supported(new Command("list", "Liệt kê kế hoạch chi định kỳ"));
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var rows = await c.Get<ListPlans>().RunAsync(ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, rows.Select(r => new { id = r.Id, unit = r.Unit, amount = r.Amount, schedule = r.Schedule, start = r.Start, end = r.End, status = r.Status, payee = r.Payee }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Số",5} {"Đơn vị",-8} {"Số tiền/kỳ",18} {"Chu kỳ",-10} {"Từ",-8} {"Đến",-8} {"Trạng thái",-10} Người nhận");
            foreach (var r in rows)
            {
                c.Output.Line($"{SpendOutput.Id(r.Id),5} {r.Unit,-8} {VietnameseFormat.Amount(r.Amount),18} {Words.ScheduleName(r.Schedule),-10} {SpendOutput.Month(r.Start),-8} {SpendOutput.Month(r.End),-8} {Words.PlanStatusName(r.Status),-10} {r.Payee}");
            }

            c.Output.Line($"{rows.Count} kế hoạch.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Print(CliContext c, RecurringPlan plan, string done)
    {
        if (c.Json)
        {
            c.Output.Json(Json(plan));
            return ExitCodes.Success;
        }

        c.Output.Line(Summary(plan, done));
        return ExitCodes.Success;
    }

    /// <summary>After a step of the approval: the plan, the step signed or what waits, who decides under which rule, the chain.</summary>
    private static async Task<int> PrintAsync(CliContext c, RecurringPlanApproval done, string verb, CancellationToken ct)
    {
        var (plan, approval) = (done.Plan, done.Approval);
        var number = await c.Get<ApprovalNumbers>().NumberOfAsync(approval.Id, ct);
        if (c.Json)
        {
            var json = Json(plan);
            var d = approval.Decision;
            json["approval_id"] = approval.Id;
            json["approval_number"] = number;
            json["decider"] = d.Decider.ToSlug();
            json["rule_set"] = d.RuleSetName;
            json["rule_decision_no"] = d.DecisionNo;
            json["citation"] = d.Citation;
            json["value"] = approval.Value;
            json["steps"] = approval.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal, signed_by = ApprovalView.Signature(approval, s)?.Actor }).ToList();
            json["next_step"] = approval.NextStep?.Number;
            c.Output.Json(json);
            return ExitCodes.Success;
        }

        var signed = approval.Events[^1].Kind is ApprovalEventKind.Approved or ApprovalEventKind.Released ? approval.Events[^1] : null;
        var step = signed?.Step is { } n ? $" (bước {N(n)}/{N(approval.Steps.Count)}, quyết định {signed.DecisionNo})" : string.Empty;
        c.Output.Line(Summary(plan, verb + step));
        c.Output.Line($"Hồ sơ duyệt số {N(number)}, giá trị {VietnameseFormat.Amount(approval.Value)} (tổng năm lớn nhất); " + (approval.NextStep is { } next
            ? $"chờ bước {N(next.Number)} ({next.Decider.VietnameseName()})."
            : $"{AuthorityOptionValues.StatusText(approval.Status)}."));
        var decision = approval.Decision;
        c.Output.Line($"Thẩm quyền quyết định: {decision.Decider.VietnameseName()} — bộ quy tắc '{decision.RuleSetName}' ({decision.DecisionNo}), {decision.Citation}.");
        c.Output.Line("Chuỗi duyệt: " + ApprovalView.Chain(approval));
        return ExitCodes.Success;
    }

    private static Dictionary<string, object?> Json(RecurringPlan plan) => new()
    {
        ["id"] = plan.Id,
        ["unit"] = plan.Key.Unit,
        ["amount"] = plan.Versions[^1].Amount,
        ["schedule"] = plan.Schedule.Code(),
        ["start"] = plan.Start.ToString(),
        ["end"] = plan.End?.ToString(),
        ["status"] = plan.Status.Code(),
        ["decider"] = plan.Approval?.Decider,
        ["yearly_total"] = plan.Approval?.YearlyTotal,
    };

    private static string Summary(RecurringPlan plan, string done)
    {
        var approval = plan.Approval is { } a
            ? $"; thẩm quyền {(Deciders.TryParse(a.Decider, out var decider) ? decider.VietnameseName() : a.Decider)}, tổng năm {N(a.Year)}: {VietnameseFormat.Amount(a.YearlyTotal)}"
            : string.Empty;
        return $"{done} kế hoạch chi định kỳ số {SpendOutput.Id(plan.Id)} ({plan.Key.Unit}, {VietnameseFormat.Amount(plan.Versions[^1].Amount)} {plan.Schedule.Name()} từ {SpendOutput.Month(plan.Start)}): {plan.Status.Name()}{approval}.";
    }

    private static string N(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

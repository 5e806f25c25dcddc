using System.CommandLine;
using PartyFinance.Application.Budgeting;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`spend plan add|approve|list`: recurring spending plans.</summary>
public static class SpendPlanCommands
{
    public static Command Build(Func<ParseResult, CliContext> context) => new("plan", "Kế hoạch chi định kỳ") { Add(context), Approve(context), List(context) };

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

    private static Command Approve(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<long>("id") { Description = "Số kế hoạch" };
        var decision = new Option<string?>("--decision-no") { Description = "Số quyết định duyệt" };
        var date = new Option<string?>("--date") { Description = "Ngày duyệt (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" };
        var command = new Command("approve", "Duyệt kế hoạch chi định kỳ (thẩm quyền theo tổng năm)") { id, decision, date };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var plan = await c.Get<ApproveRecurringPlan>().RunAsync(p.GetValue(id), c.Actor, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), p.GetValue(decision), ct);
            return plan.IsFailure ? c.Output.Refuse(plan.Errors) : Print(c, plan.Value, "Đã duyệt");
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
                c.Output.Line($"{SpendOutput.Id(r.Id),5} {r.Unit,-8} {VietnameseFormat.Amount(r.Amount),18} {Words.ScheduleName(r.Schedule),-10} {r.Start,-8} {r.End ?? "—",-8} {Words.PlanStatusName(r.Status),-10} {r.Payee}");
            }

            c.Output.Line($"{rows.Count} kế hoạch.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Print(CliContext c, RecurringPlan plan, string done)
    {
        var status = plan.Status == PlanStatus.Approved ? "approved" : "draft";
        if (c.Json)
        {
            c.Output.Json(new
            {
                id = plan.Id,
                unit = plan.Key.Unit,
                amount = plan.Versions[^1].Amount,
                schedule = plan.Schedule.Code(),
                start = plan.Start.ToString(),
                end = plan.End?.ToString(),
                status,
                decider = plan.Approval?.Decider,
                yearly_total = plan.Approval?.YearlyTotal,
            });
            return ExitCodes.Success;
        }

        var approval = plan.Approval is { } a ? $"; thẩm quyền {a.Decider}, tổng năm {a.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {VietnameseFormat.Amount(a.YearlyTotal)}" : string.Empty;
        c.Output.Line($"{done} kế hoạch chi định kỳ số {SpendOutput.Id(plan.Id)} ({plan.Key.Unit}, {VietnameseFormat.Amount(plan.Versions[^1].Amount)} {plan.Schedule.Name()} từ {plan.Start}): {plan.Status.Name()}{approval}.");
        return ExitCodes.Success;
    }
}

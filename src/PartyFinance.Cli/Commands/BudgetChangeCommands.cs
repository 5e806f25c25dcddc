using System.CommandLine;
using System.Globalization;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// `budget supplement|adjust|transfer|control-mode`: dated changes to allocated estimates, each with
/// its decision, leaving the original allocation visible and posting the 008 change in the same transaction.
/// </summary>
internal static class BudgetChangeCommands
{
    public static IEnumerable<Command> Build(Func<ParseResult, CliContext> context) =>
        [Change(context, "supplement", "Bổ sung dự toán (số dương)", MovementKind.Supplement),
         Change(context, "adjust", "Điều chỉnh dự toán (tăng hoặc giảm)", MovementKind.Adjustment),
         Transfer(context), Mode(context)];

    private static Command Change(Func<ParseResult, CliContext> context, string name, string description, MovementKind kind)
    {
        var line = new BudgetWiring.LineOptions();
        var (year, amount, decision, date) = Common();
        var command = new Command(name, description) { year, amount, decision, date };
        foreach (var o in line.All)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var key = line.Key(p, p.GetValue(year));
            var result = await c.Get<RecordEstimateChange>().RunAsync(key, kind, p.GetValue(amount), p.GetValue(decision)!, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), ct);
            return Report(c, result, key.ToString());
        });
        return command;
    }

    private static Command Transfer(Func<ParseResult, CliContext> context)
    {
        var line = new BudgetWiring.LineOptions();
        var to = new Option<string>("--to-unit") { Description = "Đơn vị nhận dự toán", Required = true };
        var (year, amount, decision, date) = Common();
        var command = new Command("transfer", "Điều chuyển dự toán sang đơn vị khác (trước hạn theo db/budget/calendar.csv)") { to, year, amount, decision, date };
        foreach (var o in line.All)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var key = line.Key(p, p.GetValue(year));
            var result = await c.Get<TransferEstimate>().RunAsync(key, p.GetValue(to)!.Trim(), p.GetValue(amount), p.GetValue(decision)!, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), ct);
            return Report(c, result, key.ToString());
        });
        return command;
    }

    private static Command Mode(Func<ParseResult, CliContext> context)
    {
        var fund = new Option<string>("--fund-source") { Required = true, Description = "Mã nguồn kinh phí" };
        var year = new Option<int>("--year") { Required = true, Description = "Năm ngân sách" };
        var mode = new Option<string>("--mode") { Required = true, Description = "stop (chặn khi vượt dự toán) | warn (cảnh báo, phải ghi lý do)" };
        var command = new Command("control-mode", "Chế độ kiểm soát dự toán của nguồn và năm (cố định khi đã giao)") { fund, year, mode };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var value = ControlModes.TryParse(p.GetValue(mode), out var m) ? m
                : throw new UsageException($"--mode '{p.GetValue(mode)}' phải là một trong: {string.Join(", ", ControlModes.Codes)}.");
            var result = await c.Get<SetControlMode>().RunAsync(p.GetValue(fund)!.Trim(), p.GetValue(year), value, c.Actor, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            c.Output.Line($"Chế độ kiểm soát nguồn {p.GetValue(fund)} năm {p.GetValue(year).ToString(CultureInfo.InvariantCulture)}: {p.GetValue(mode)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static (Option<int> Year, Option<long> Amount, Option<string> Decision, Option<string?> Date) Common() =>
        (new Option<int>("--year") { Required = true, Description = "Năm ngân sách" },
         Arguments.Amount("--amount", "Số tiền (đồng; điều chỉnh giảm dùng số âm)", allowNegative: true),
         new Option<string>("--decision-no") { Required = true, Description = "Số quyết định" },
         new Option<string?>("--date", "--decision-date") { Description = "Ngày quyết định (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" });

    private static int Report(CliContext c, Result<long> result, string line)
    {
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors);
        }

        if (c.Json)
        {
            c.Output.Json(new { line, available = result.Value });
        }
        else
        {
            c.Output.Line($"Đã ghi: dòng {line} còn khả dụng {VietnameseFormat.Amount(result.Value)}.");
        }

        return ExitCodes.Success;
    }
}

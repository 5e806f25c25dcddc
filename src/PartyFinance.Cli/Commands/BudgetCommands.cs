using System.CommandLine;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`budget import`, `budget status`, `budget close-year`.</summary>
public static class BudgetCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var budget = new Command("budget", "Dự toán") { Import(context), Status(context), CloseYear(context) };
        foreach (var command in BudgetChangeCommands.Build(context))
        {
            budget.Subcommands.Add(command);
        }

        return budget;
    }

    private static Command Import(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("estimates.csv");
        var command = new Command("import", "Giao dự toán từ tệp CSV (kiểm tra cả tệp; có lỗi thì không ghi gì)") { file };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f => Imported(c, f.Name, await c.Get<ImportEstimates>().RunAsync(f.OpenText(), ct)));
        });
        return command;
    }

    private static int Imported(CliContext c, string file, Result<int> result)
    {
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors, file);
        }

        if (c.Json)
        {
            c.Output.Json(new { stored = result.Value });
        }
        else
        {
            c.Output.Line($"Đã giao {result.Value} dòng dự toán.");
        }

        return ExitCodes.Success;
    }

    private static Command Status(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: toàn tỉnh, mọi đơn vị)" };
        var year = new Option<int>("--year") { Description = "Năm ngân sách", Required = true };
        var command = Csv.Supported(new Command("status", "Tình hình dự toán: giao, điều chỉnh, cam kết, đã chi, tạm ứng, còn khả dụng (theo sổ 008)") { unit, year });
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            if (await LedgerCommands.UnknownUnitAsync(c, p.GetValue(unit), ct) is { } refused)
            {
                return refused;
            }

            // Without --unit: every unit of the province, one after the other.
            var units = p.GetValue(unit) is { } one ? [one] : (await c.Get<Application.Ledger.ILedgerQueries>().ListUnitsAsync(ct)).Select(u => u.Code).ToList();
            var status = c.Get<BudgetStatus>();
            var rows = new List<(string Unit, BudgetStatusLine Line)>();
            foreach (var code in units)
            {
                rows.AddRange((await status.RunAsync(code, p.GetValue(year), ct)).Select(l => (code, l)));
            }

            if (c.Json || c.Csv)
            {
                c.Output.List(c, rows.Select(x => (x.Unit, r: x.Line)).Select(x => new
                {
                    fund_source = x.r.FundSource,
                    autonomy = x.r.Autonomy,
                    sector = x.r.Sector,
                    budget_item = x.r.BudgetItem,
                    allocated = x.r.Allocated,
                    adjustments = x.r.Adjustments,
                    committed = x.r.Committed,
                    spent = x.r.Spent,
                    advanced = x.r.Advanced,
                    available = x.r.Available,
                    carried_over = x.r.CarriedOver,
                    control_mode = x.r.ControlMode.Code(),
                    unit = x.Unit,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Đơn vị",-8} {"Nguồn",-6} {"Tự chủ",-15} {"Loại-Khoản",-10} {"Mục",-6} {"Giao",18} {"Điều chỉnh",16} {"Cam kết",16} {"Đã chi",16} {"Tạm ứng",16} {"Khả dụng",18}");
            foreach (var (code, r) in rows)
            {
                c.Output.Line($"{code,-8} {r.FundSource,-6} {Language.Words.AutonomyName(r.Autonomy),-15} {r.Sector,-10} {r.BudgetItem + (r.CarriedOver ? "*" : string.Empty),-6} {VietnameseFormat.Amount(r.Allocated),18} "
                    + $"{VietnameseFormat.Amount(r.Adjustments),16} {VietnameseFormat.Amount(r.Committed),16} {VietnameseFormat.Amount(r.Spent),16} {VietnameseFormat.Amount(r.Advanced),16} {VietnameseFormat.Amount(r.Available),18}");
            }

            c.Output.Line($"{rows.Count} dòng dự toán" + (rows.Any(r => r.Line.CarriedOver) ? " (* = năm trước chuyển sang)." : "."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CloseYear(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm ngân sách cần khóa sổ", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Chỉ một đơn vị (mặc định: mọi đơn vị có dự toán năm đó)" };
        var date = new Option<string?>("--date") { Description = "Ngày khóa sổ (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay; phải sau thời gian chỉnh lý)" };
        var command = new Command("close-year", "Cuối năm: chuyển nguồn phần được phép, hủy phần còn lại, báo cáo cả hai") { year, unit, date };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var y = p.GetValue(year);
            var closed = await c.Get<CloseBudgetYear>().RunAsync(y, p.GetValue(unit), c.Actor, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), ct);
            return closed.IsFailure ? c.Output.Refuse(closed.Errors) : YearEndOutput.Print(c, y, closed.Value);
        });
        return command;
    }
}

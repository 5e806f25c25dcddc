using System.CommandLine;
using System.Diagnostics;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Cli.Commands;

/// <summary>`close year`: the year-end close in ordered, resumable steps.</summary>
public static class CloseCommands
{
    /// <summary>
    /// Test hook only: the step code (wear, close-911 …) after whose committed work the process kills
    /// itself before storing the step's state, as an interruption at the worst moment would.
    /// </summary>
    public const string KillAtVariable = "PARTYFINANCE_TEST_KILL_AT";

    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm cần khóa sổ", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Chỉ một đơn vị (mặc định: mọi đơn vị hoạt động trong năm, cần quyền toàn tỉnh)" };
        var date = new Option<string?>("--date") { Description = "Ngày thực hiện (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay): chuyển nguồn 008 chỉ chạy sau thời gian chỉnh lý" };
        var yearCommand = new Command("year", "Khóa sổ cuối năm: hao mòn, kết chuyển 911 → 421, chuyển nguồn 008, khóa sổ, số dư đầu năm sau") { year, unit, date };
        yearCommand.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var y = p.GetValue(year);
            var observer = new Progress(c);
            var closed = await c.Get<CloseBooksYear>().RunAsync(y, p.GetValue(unit), BudgetWiring.DateOr(c, p.GetValue(date), "--date"), c.Actor, observer, ct);
            return closed.IsFailure ? c.Output.Refuse(closed.Errors) : Print(c, closed.Value);
        });
        return new Command("close", "Khóa sổ cuối năm") { yearCommand };
    }

    private static int Print(CliContext c, CloseReport report)
    {
        if (c.Json)
        {
            c.Output.Json(new
            {
                year = report.Year,
                date = report.Date,
                complete = report.Complete,
                steps = report.Steps.Select(s => new { unit = s.Unit, step = s.Step.Code(), name = s.Step.VietnameseName(), state = s.State.Code(), detail = s.Detail }),
            });
        }
        else
        {
            foreach (var group in report.Steps.GroupBy(s => s.Unit))
            {
                c.Output.Line($"Đơn vị {group.Key}:");
                foreach (var s in group)
                {
                    c.Output.Line($"  {s.Step.VietnameseName()}: {s.State.VietnameseName()} — {s.Detail}");
                }
            }

            c.Output.Line(report.Complete
                ? $"Đã khóa sổ năm {N(report.Year)}."
                : report.Failed
                    ? $"Khóa sổ năm {N(report.Year)} chưa xong: có bước lỗi (xem trên); sửa rồi chạy lại, các bước đã xong không chạy lại."
                    : $"Khóa sổ năm {N(report.Year)} chưa xong: còn bước chờ; chạy lại khi đến ngày, các bước đã xong không chạy lại.");
        }

        return report.Failed ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One line per step (redrawn in place on a terminal), none with --json; the kill hook of the tests.</summary>
    private sealed class Progress(CliContext c) : ICloseObserver
    {
        private readonly string? _killAt = Environment.GetEnvironmentVariable(KillAtVariable);

        public void Started(CloseStep step, int units)
        {
            if (!c.Json)
            {
                c.Output.Progress($"[{Index(step)}/7] {step.VietnameseName()} ({units} đơn vị)");
            }
        }

        public void Committed(CloseStep step)
        {
            if (_killAt is { Length: > 0 } && string.Equals(_killAt, step.Code(), StringComparison.Ordinal))
            {
                Process.GetCurrentProcess().Kill();
            }
        }

        public void Finished(CloseStep step, IReadOnlyList<CloseStepReport> reports)
        {
            if (c.Json)
            {
                return;
            }

            var counts = reports.GroupBy(r => r.State).OrderBy(g => g.Key).Select(g => $"{g.Key.VietnameseName()} {g.Count()}");
            c.Output.ProgressDone($"[{Index(step)}/7] {step.VietnameseName()}: " + (reports.Count == 0 ? "không có đơn vị nào phải chạy" : string.Join(", ", counts)) + ".");
        }

        private static int Index(CloseStep step) => (int)step + 1;
    }
}

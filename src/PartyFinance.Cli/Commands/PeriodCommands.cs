using System.CommandLine;
using PartyFinance.Application.Ledger;
using PartyFinance.Cli.Language;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>`period lock` / `period unlock` (unlocking needs a reason).</summary>
public static class PeriodCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị", Required = true };
        var month = new Option<string>("--month") { Description = "Tháng (yyyy-MM hoặc MM/yyyy)", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Lý do mở khóa" };
        var lockCommand = new Command("lock", "Khóa sổ một tháng") { unit, month };
        lockCommand.SetAction((p, ct) => Run(p, context, unit, month, (use, c, y, m) => use.LockAsync(p.GetValue(unit)!, y, m, c.Actor, ct)));
        var unlock = new Command("unlock", "Mở khóa sổ một tháng (phải có lý do)") { unit, month, reason };
        unlock.SetAction((p, ct) => Run(p, context, unit, month, (use, c, y, m) => use.UnlockAsync(p.GetValue(unit)!, y, m, p.GetValue(reason), c.Actor, ct)));
        var listUnit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị)" };
        var listYear = new Option<int?>("--year") { Description = "Năm (mặc định: năm nay)" };
        var list = new Command("list", "Liệt kê các tháng và trạng thái khóa sổ") { listUnit, listYear };
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            if (await LedgerCommands.UnknownUnitAsync(c, p.GetValue(listUnit), ct) is { } refused)
            {
                return refused;
            }

            var year = p.GetValue(listYear) ?? c.Clock.GetLocalNow().Year;
            var rows = await c.Get<PeriodQueries>().ListAsync(p.GetValue(listUnit), year, ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, rows.Select(r => new
                {
                    unit = r.Unit,
                    month = $"{r.Year:D4}-{r.Month:D2}",
                    locked = r.Locked,
                    last_action = r.LastAction,
                    by = r.By,
                    at = r.At,
                    reason = r.Reason,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Đơn vị",-8} {"Tháng",-8} {"Trạng thái",-12} Thay đổi gần nhất");
            foreach (var r in rows)
            {
                var last = r.LastAction is null ? string.Empty
                    : $"{Words.NameOf<Domain.Ledger.PeriodAction>(r.LastAction!)} bởi {r.By} lúc {TimeZoneInfo.ConvertTime(r.At!.Value, c.Clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)}{(r.Reason is null ? string.Empty : ", lý do: " + r.Reason)}";
                c.Output.Line($"{r.Unit,-8} {VietnameseFormat.Month(r.Year, r.Month),-8} {(r.Locked ? "đã khóa" : "đang mở"),-12} {last}".TrimEnd());
            }

            c.Output.Line($"{rows.Count} tháng; {rows.Count(r => r.Locked)} đã khóa.");
            return ExitCodes.Success;
        });
        return new Command("period", "Kỳ kế toán") { lockCommand, unlock, Csv.Supported(list) };
    }

    private static async Task<int> Run(ParseResult p, Func<ParseResult, CliContext> context, Option<string> unit, Option<string> month,
        Func<ChangePeriodLock, CliContext, int, int, Task<Result<Domain.Ledger.PeriodEvent>>> change)
    {
        var c = context(p);
        if (!Arguments.TryMonth(p.GetValue(month), out var y, out var m))
        {
            throw Arguments.BadMonth("--month", p.GetValue(month));
        }

        var result = await change(c.Get<ChangePeriodLock>(), c, y, m);
        if (result.IsFailure)
        {
            return c.Output.Refuse(result.Errors);
        }

        var e = result.Value;
        if (c.Json)
        {
            c.Output.Json(new { unit = p.GetValue(unit), month = p.GetValue(month), action = Domain.Ledger.PeriodActions.Code(e.Action), by = e.By, at = e.At, reason = e.Reason });
        }
        else
        {
            c.Output.Line($"{(e.Action == Domain.Ledger.PeriodAction.Lock ? "Đã khóa sổ" : "Đã mở khóa sổ")} tháng {VietnameseFormat.Month(y, m)} của đơn vị {p.GetValue(unit)}.");
        }

        return ExitCodes.Success;
    }
}

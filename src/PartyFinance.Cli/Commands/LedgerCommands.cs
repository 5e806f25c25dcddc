using System.CommandLine;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>`ledger trial-balance` and `ledger general`, over a year, a month or a date range.</summary>
public static class LedgerCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var period = new PeriodOptions();
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: tất cả)" };
        var trial = new Command("trial-balance", "Bảng cân đối số phát sinh (có dòng tổng của tài khoản cấp trên)") { unit };
        period.AddTo(trial);
        trial.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var when = period.Read(p);
            // Read-only over the books alone: the queries are made here on the command's database, not taken from the
            // composition root, whose set-up was a third of this command's start-up.
            var known = await new UnitDirectory(new LedgerQueries(c.Target)).RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var reports = new LedgerReportQueries(c.Target);
            var tb = TrialBalance.From(when.Year, p.GetValue(unit), await reports.MovementsAsync(when, p.GetValue(unit), ct));
            var chart = await reports.ChartAsync(ct);
            var on = TrialBalanceTree.Build(tb.OnBalance, chart);
            var off = TrialBalanceTree.Build(tb.OffBalance, chart);
            if (c.Csv)
            {
                return Csv.Write(c.Output.Out, ["section", "account", "name", "parent", "is_parent", "opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit"],
                    on.Select(l => CsvRow("on-balance", l)).Concat(off.Select(l => CsvRow("off-balance", l))));
            }

            if (c.Json)
            {
                c.Output.Line(TrialBalanceJson.Write(when, p.GetValue(unit), on, off));
                return ExitCodes.Success;
            }

            TrialBalanceText.Write(c.Output.Out, tb, when, on, off);
            return ExitCodes.Success;
        });

        var account = new Option<string>("--account") { Description = "Số hiệu tài khoản (gồm cả tài khoản chi tiết)", Required = true };
        var general = new Command("general", "Sổ cái một tài khoản: số dư đầu kỳ, TK đối ứng, cộng phát sinh tháng, số dư cuối kỳ") { account, unit };
        period.AddTo(general);
        general.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var when = period.Read(p);
            var known = await c.Get<UnitDirectory>().RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var reports = c.Get<LedgerReportQueries>();
            var code = p.GetValue(account)!.Trim();
            if (!(await reports.ChartAsync(ct)).TryGetValue(code, out var chartAccount))
            {
                return c.Output.Refuse([new DomainError(Domain.Ledger.LedgerErrors.AccountUnknown, $"Tài khoản '{code}' không có trong hệ thống tài khoản.", "account")]);
            }

            var book = await reports.GeneralLedgerAsync(code, chartAccount.Name, when, p.GetValue(unit), ct);
            var lines = book.Months.SelectMany(m => m.Lines).ToList();
            if (c.Csv)
            {
                return Csv.Write(c.Output.Out, ["date", "number", "description", "account", "contra", "debit", "credit", "balance_debit", "balance_credit"],
                    lines.Select(l => (IReadOnlyList<object?>)[l.Entry.Date, l.Entry.Number, l.Entry.Description, l.Entry.Account, l.Entry.Contra, l.Entry.Debit, l.Entry.Credit, l.BalanceDebit, l.BalanceCredit]));
            }

            if (c.Json)
            {
                c.Output.Json(new
                {
                    account = book.Account,
                    name = book.Name,
                    year = when.Year,
                    from = when.From,
                    to = when.To,
                    unit = book.Unit,
                    opening_debit = book.OpeningDebit,
                    opening_credit = book.OpeningCredit,
                    lines = lines.Select(Line),
                    months = book.Months.Select(m => new { month = $"{m.Year:D4}-{m.Month:D2}", debit = m.Debit, credit = m.Credit, closing_debit = m.ClosingDebit, closing_credit = m.ClosingCredit }),
                    total_debit = book.TotalDebit,
                    total_credit = book.TotalCredit,
                    closing_debit = book.ClosingDebit,
                    closing_credit = book.ClosingCredit,
                });
                return ExitCodes.Success;
            }

            TrialBalanceText.WriteGeneral(c.Output.Out, book);
            return ExitCodes.Success;
        });
        return new Command("ledger", "Sổ kế toán") { Csv.Supported(trial), Csv.Supported(general), Export(context, unit) };
    }

    /// <summary>`ledger export --format ledger --year Y [--unit U] --out FILE`: the year's journal in the text format of Ledger and hledger.</summary>
    private static Command Export(Func<ParseResult, CliContext> context, Option<string?> unit)
    {
        var format = new Option<string>("--format") { Description = "Định dạng tệp: ledger (đọc được bằng Ledger và hledger)", Required = true };
        var year = new Option<int>("--year") { Description = "Năm", Required = true };
        var output = new Option<string>("--out") { Description = "Tệp ghi ra", Required = true };
        var export = new Command("export", "Xuất nhật ký sổ cái năm ra tệp văn bản cho Ledger, hledger (tài khoản đơn vị:tài khoản, số tiền VND)") { format, year, unit, output };
        export.SetAction(async (p, ct) =>
        {
            var c = context(p);
            if (p.GetValue(format) != "ledger")
            {
                return c.Output.Refuse([new DomainError(ExportFormatUnknown, $"Định dạng '{p.GetValue(format)}' không được hỗ trợ; chỉ có: ledger.", "format")]);
            }

            var known = await c.Get<UnitDirectory>().RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var target = Path.GetFullPath(p.GetValue(output)!);
            var temporary = target + ".tmp";
            JournalExportReport report;
            await using (var file = ExportFile.Create(temporary))
            await using (var w = new StreamWriter(file, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                report = await c.Get<LedgerJournalExport>().WriteAsync(p.GetValue(year), p.GetValue(unit), w, ct);
            }

            ExportFile.Publish(temporary, target);
            if (c.Json)
            {
                c.Output.Json(new { file = target, report.Vouchers, report.Lines, report.OpeningEntries });
            }
            else
            {
                c.Output.Line($"Đã ghi {target}: {VietnameseFormat.Number(report.Vouchers)} chứng từ, {VietnameseFormat.Number(report.Lines)} dòng, " +
                              $"{VietnameseFormat.Number(report.OpeningEntries)} bút toán số dư đầu năm.");
            }

            return ExitCodes.Success;
        });
        return export;
    }

    public const string ExportFormatUnknown = "export.format-unknown";

    /// <summary>A mistyped unit must not look like a unit with no activity.</summary>
    internal static async Task<int?> UnknownUnitAsync(CliContext c, string? unit, CancellationToken ct)
    {
        if (unit is null || await c.Get<LedgerQueries>().UnitExistsAsync(unit, ct))
        {
            return null;
        }

        return c.Output.Refuse([new DomainError(Domain.Ledger.LedgerErrors.UnitUnknown, $"Đơn vị '{unit}' không tồn tại.", "unit")]);
    }

    private static IReadOnlyList<object?> CsvRow(string section, TrialBalanceLine l) =>
        [section, l.Row.Account, l.Row.Name, l.Parent, l.IsParent, l.Row.OpeningDebit, l.Row.OpeningCredit, l.Row.Debit, l.Row.Credit, l.Row.ClosingDebit, l.Row.ClosingCredit];

    private static object Line(LedgerBookLine l) => new
    {
        date = l.Entry.Date,
        number = l.Entry.Number,
        description = l.Entry.Description,
        account = l.Entry.Account,
        contra = l.Entry.Contra,
        debit = l.Entry.Debit,
        credit = l.Entry.Credit,
        balance_debit = l.BalanceDebit,
        balance_credit = l.BalanceCredit,
    };
}

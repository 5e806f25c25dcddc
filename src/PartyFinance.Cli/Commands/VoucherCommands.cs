using System.CommandLine;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Cli.Commands;

/// <summary>`voucher import`, `voucher export`, `voucher list`, `voucher show`, `voucher reverse`.</summary>
public static class VoucherCommands
{
    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("vouchers.csv");
        var import = new Command("import", "Nhập và ghi sổ chứng từ từ tệp CSV (kiểm tra cả tệp; có lỗi thì không ghi gì)") { file };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f => ImportOutput.Report(c, await c.Get<ImportVouchers>().RunAsync(f, c.Actor, ct), f.Name, "chứng từ"));
        });

        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị" };
        var year = new Option<int?>("--year") { Description = "Năm" };
        var list = new Command("list", "Liệt kê chứng từ") { unit, year };
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var known = await c.Get<UnitDirectory>().RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var rows = await c.Get<ILedgerQueries>().ListVouchersAsync(p.GetValue(unit), p.GetValue(year), ct);
            return PrintList(c, rows);
        });

        var number = new Argument<string>("number") { Description = "Số chứng từ, ví dụ VPTU/PC/2025/000012" };
        var date = new Option<string>("--date") { Description = "Ngày chứng từ đảo (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var reason = new Option<string>("--reason") { Description = "Lý do đảo", Required = true };
        var reverse = new Command("reverse", "Đảo một chứng từ đã ghi sổ bằng chứng từ mới") { number, date, reason };
        reverse.SetAction(async (p, ct) =>
        {
            var c = context(p);
            if (!Arguments.TryDate(p.GetValue(date), out var d))
            {
                throw Arguments.BadDate("--date", p.GetValue(date));
            }

            var result = await c.Get<ReverseSpendingVoucher>().RunAsync(p.GetValue(number)!, d, p.GetValue(reason)!, c.Actor, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var v = (await c.Get<ILedgerQueries>().FindVoucherAsync(result.Value, ct))!;
            if (c.Json)
            {
                c.Output.Json(new { number = v.Number, reverses = v.Reverses, date = v.Date, amount = v.Amount });
            }
            else
            {
                c.Output.Line($"Đã lập chứng từ đảo {v.Number} ngày {VietnameseFormat.Date(v.Date)} cho {v.Reverses}.");
            }

            return ExitCodes.Success;
        });

        var shown = new Argument<string>("number") { Description = "Số chứng từ, ví dụ VPTU/PC/2025/000012" };
        var show = new Command("show", "Xem một chứng từ với mọi dòng định khoản") { shown };
        show.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var v = await c.Get<ILedgerQueries>().FindVoucherAsync(p.GetValue(shown)!.Trim(), ct);
            if (v is null)
            {
                return c.Output.Refuse([new DomainError(Domain.Ledger.LedgerErrors.VoucherNotFound, $"Không tìm thấy chứng từ số '{p.GetValue(shown)}'.", "number")]);
            }

            if (c.Json)
            {
                c.Output.Json(v);
            }
            else
            {
                VoucherText.Write(c.Output, v);
            }

            return ExitCodes.Success;
        });
        return new Command("voucher", "Chứng từ") { import, Export(context), Csv.Supported(list), Csv.Supported(VoucherSearchCommand.Build(context)), show, reverse, Event(context) };
    }

    /// <summary>`voucher export --year Y [--unit U] --out FILE`: the year's vouchers in the format of `voucher import`.</summary>
    private static Command Export(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị" };
        var output = new Option<string>("--out") { Description = "Tệp CSV ghi ra", Required = true };
        var export = new Command("export", "Xuất chứng từ của năm ra tệp CSV đúng dạng của voucher import (mỗi dòng định khoản một dòng, theo thứ tự ghi sổ)")
        {
            year, unit, output,
        };
        export.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var known = await c.Get<UnitDirectory>().RequireAsync(p.GetValue(unit), "unit", ct);
            if (known.IsFailure)
            {
                return c.Output.Refuse(known.Errors);
            }

            var target = Path.GetFullPath(p.GetValue(output)!);
            var temporary = target + ".tmp";
            VoucherExportReport report;
            await using (var file = ExportFile.Create(temporary))
            await using (var w = new StreamWriter(file, new System.Text.UTF8Encoding(false), 1 << 16))
            {
                report = await c.Get<VoucherCsvExport>().WriteAsync(p.GetValue(year), p.GetValue(unit), w, ct);
            }

            ExportFile.Publish(temporary, target);
            if (c.Json)
            {
                c.Output.Json(new { file = target, report.Vouchers, report.Lines });
            }
            else
            {
                c.Output.Line($"Đã ghi {target}: {VietnameseFormat.Number(report.Vouchers)} chứng từ, {VietnameseFormat.Number(report.Lines)} dòng.");
            }

            return ExitCodes.Success;
        });
        return export;
    }

    /// <summary>`voucher event &lt;event&gt;`: one business event of db/posting for a budget line, e.g. treasury-advance-settle.</summary>
    private static Command Event(Func<ParseResult, CliContext> context)
    {
        var name = new Argument<string>("event") { Description = "Nghiệp vụ trong db/posting/posting-rules.csv, ví dụ withdraw-cash, treasury-advance-settle" };
        var line = new BudgetWiring.LineOptions();
        var year = new Option<int?>("--year") { Description = "Năm ngân sách của dòng dự toán (mặc định: năm của ngày chứng từ)" };
        var key = new Option<string>("--key") { Description = "Mã chứng từ (chạy lại cùng mã, cùng nội dung thì bỏ qua)", Required = true };
        var date = new Option<string>("--date") { Description = "Ngày chứng từ (yyyy-MM-dd hoặc dd/MM/yyyy)", Required = true };
        var amount = Arguments.Amount("--amount", "Số tiền (đồng)");
        var description = new Option<string?>("--description") { Description = "Diễn giải" };
        var payee = new Option<string?>("--counterparty") { Description = "Đối tượng (người nhận tạm ứng)" };
        var command = new Command("event", "Ghi một nghiệp vụ theo quy tắc hạch toán (rút tạm ứng, nhận lệnh chi tiền, thanh toán tạm ứng với Kho bạc …)")
        {
            name, year, key, date, amount, description, payee,
        };
        foreach (var option in line.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var d = BudgetWiring.DateOr(c, p.GetValue(date), "--date");
            var result = await c.Get<Application.Posting.PostEvent>().RunAsync(p.GetValue(name)!.Trim(), p.GetValue(key)!, line.Key(p, p.GetValue(year) ?? d.Year),
                d, p.GetValue(amount), p.GetValue(description), p.GetValue(payee), c.Actor, ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var report = result.Value;
            if (c.Json)
            {
                c.Output.Json(new { number = report.FirstNumber, stored = report.Stored, skipped = report.Skipped });
            }
            else
            {
                c.Output.Line(report.Stored > 0 ? $"Đã ghi sổ chứng từ {report.FirstNumber}." : "Chứng từ với mã này đã được ghi sổ trước đây; không ghi thêm.");
            }

            return ExitCodes.Success;
        });
        return command;

    }

    /// <summary>Vouchers as a table (text), JSON or CSV: the shape of `voucher list` and `voucher search`.</summary>
    internal static int PrintList(CliContext c, IReadOnlyList<VoucherListItem> rows)
    {
        if (c.Json || c.Csv)
        {
            c.Output.List(c, rows);
            return ExitCodes.Success;
        }

        c.Output.Line($"{"Số chứng từ",-24} {"Ngày",-10} {"Số tiền",20}  Diễn giải");
        foreach (var v in rows)
        {
            var link = v.Reverses is not null ? $" [đảo {v.Reverses}]" : v.ReversedBy is not null ? $" [đã đảo bởi {v.ReversedBy}]" : string.Empty;
            c.Output.Line($"{v.Number,-24} {VietnameseFormat.Date(v.Date),-10} {VietnameseFormat.Amount(v.Amount),20}  {v.Description}{link}");
        }

        c.Output.Line($"{rows.Count} chứng từ.");
        return ExitCodes.Success;
    }
}

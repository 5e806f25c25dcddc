using System.CommandLine;
using PartyFinance.Application.Reporting;

namespace PartyFinance.Cli.Commands;

/// <summary>`report list`, `report show <code>`, `report export`: the official reports of reports/, from the ledger.</summary>
public static class ReportCommands
{
    public static Command Build(Func<ParseResult, CliContext> context) =>
        new("report", "Báo cáo tài chính, quyết toán và sổ kế toán (mẫu TT 24/2024/TT-BTC)") { List(context), Show(context), Export(context) };

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var command = Csv.Supported(new Command("list", "Danh sách báo cáo: mã, mẫu số, tên, hiệu lực, mức kiểm chứng"));
        command.SetAction(p =>
        {
            var c = context(p);
            var all = c.Get<ReportCatalog>().All;
            if (c.Json || c.Csv)
            {
                c.Output.List(c, all.Select(d => new
                {
                    code = d.Code,
                    form = d.Form,
                    name = d.Name,
                    kind = d.Kind.Code(),
                    valid_from = d.ValidFrom,
                    valid_to = d.ValidTo,
                    source = d.Source,
                    verified = d.Verified,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Mã",-14} {"Mẫu số",-12} {"Hiệu lực",-24} {"KC",-3} Tên báo cáo");
            foreach (var d in all)
            {
                var valid = $"{Domain.Common.VietnameseFormat.Date(d.ValidFrom)} – {(d.ValidTo is { } to ? Domain.Common.VietnameseFormat.Date(to) : "nay")}";
                c.Output.Line($"{d.Code,-14} {(d.Form.Length > 0 ? d.Form : "-"),-12} {valid,-24} {d.Verified,-3} {d.Name}");
            }

            c.Output.Line($"{all.Count} báo cáo. KC (kiểm chứng): V = đã đối chiếu văn bản, S = nguồn thứ cấp, U = chưa kiểm chứng (reports/README.md).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var code = new Argument<string>("code") { Description = "Mã báo cáo (xem report list)" };
        var year = new Option<int>("--year") { Description = "Năm báo cáo", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: toàn tỉnh, tổng hợp mọi đơn vị)" };
        var consolidated = new Option<bool>("--consolidated", "--by-unit")
        {
            Description = "Tổng hợp theo đơn vị: báo cáo của từng đơn vị (--unit và các đơn vị trực thuộc; mặc định Văn phòng Tỉnh ủy và mọi đơn vị) rồi tổng cộng",
        };
        var command = Csv.Supported(new Command("show", "Lập một báo cáo từ sổ kế toán") { code, year, unit, consolidated });
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var table = p.GetValue(consolidated)
                ? await c.Get<ConsolidateReport>().RunAsync(p.GetValue(code)!.Trim(), p.GetValue(year), p.GetValue(unit), ct)
                : await c.Get<BuildReport>().RunAsync(p.GetValue(code)!.Trim(), p.GetValue(year), p.GetValue(unit), ct);
            if (table.IsFailure)
            {
                return c.Output.Refuse(table.Errors);
            }

            return ReportOutput.Print(c, table.Value);
        });
        return command;
    }

    private static Command Export(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm báo cáo", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: toàn tỉnh, tổng hợp mọi đơn vị)" };
        var reports = new Option<string?>("--reports") { Description = "Các mã báo cáo, cách nhau bằng dấu phẩy (mặc định: mọi báo cáo có hiệu lực trong năm)" };
        var output = new Option<string>("--out") { Description = "Tệp Excel cần ghi (.xlsx)", Required = true };
        var place = new Option<string?>("--place") { Description = "Địa danh ở dòng ngày ký (mặc định để trống cho người ký điền)" };
        var date = new Option<string?>("--date") { Description = "Ngày ký (yyyy-MM-dd hoặc dd/MM/yyyy, mặc định hôm nay)" };
        var consolidated = new Option<bool>("--consolidated", "--by-unit")
        {
            Description = "Tổng hợp theo đơn vị: mỗi trang tính là báo cáo của từng đơn vị (--unit và các đơn vị trực thuộc; mặc định Văn phòng Tỉnh ủy và mọi đơn vị) rồi tổng cộng",
        };
        var command = new Command("export", "Xuất các báo cáo ra một tệp Excel, mỗi báo cáo một trang tính") { year, unit, reports, output, place, date, consolidated };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var path = Path.GetFullPath(p.GetValue(output)!);
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--out '{p.GetValue(output)}' phải là tệp .xlsx.");
            }

            var codes = p.GetValue(reports)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var signed = new SignaturePlace(p.GetValue(place) is { Length: > 0 } pl ? pl : "……………", BudgetWiring.DateOr(c, p.GetValue(date), "--date"));
            var temporary = path + ".tmp";
            var written = await c.Get<ExportReports>().RunAsync(codes, p.GetValue(year), p.GetValue(unit), p.GetValue(consolidated), signed, () => ExportFile.Create(temporary), ct);
            if (written.IsFailure)
            {
                File.Delete(temporary);
                return c.Output.Refuse(written.Errors);
            }

            // Written beside the target, flushed to the disk, then moved into place: an interrupted export never
            // leaves half a workbook under the asked name — the old file stays, or there is none.
            ExportFile.Publish(temporary, path);
            if (c.Json)
            {
                c.Output.Json(new { file = path, sheets = written.Value.Select(t => new { code = t.Table.Definition.Code, form = t.Table.Definition.Form, rows = t.Rows }) });
            }
            else
            {
                c.Output.Line($"Đã ghi {path}: {written.Value.Count} trang tính ({string.Join(", ", written.Value.Select(t => t.Table.Definition.Code))}).");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

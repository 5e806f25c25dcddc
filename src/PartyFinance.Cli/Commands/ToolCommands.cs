using System.CommandLine;
using System.Globalization;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>`tool receive|issue|list|show|import|close-year`: the tools register (công cụ, dụng cụ).</summary>
public static class ToolCommands
{
    public static Command Build(Func<ParseResult, CliContext> context) =>
        new("tool", "Công cụ, dụng cụ: nhập kho, xuất dùng, sổ công cụ, kết chuyển cuối năm")
        {
            Receive(context), Issue(context), Csv.Supported(List(context)), Show(context), Import(context), CloseYear(context),
        };

    private static Command Receive(Func<ParseResult, CliContext> context)
    {
        var line = new BudgetWiring.LineOptions();
        var code = new Argument<string>("code") { Description = "Mã công cụ, dụng cụ", HelpName = "mã" };
        var name = new Option<string?>("--name") { Description = "Tên (bắt buộc khi mã mới)" };
        var measure = new Option<string?>("--measure") { Description = "Đơn vị tính (cái, bộ …; mặc định cái)" };
        var quantity = new Option<int>("--quantity") { Description = "Số lượng nhập kho", Required = true };
        var unitCost = Arguments.Amount("--unit-cost", "Đơn giá (đồng); phải dưới ngưỡng tài sản cố định");
        var date = new Option<string?>("--date") { Description = "Ngày nhập kho (mặc định hôm nay)" };
        var payment = new Option<string?>("--payment") { Description = "none (nhận bằng hiện vật, mặc định) | cash | bank (nguồn ngoài dự toán: kinh phí của Đảng)" };
        var location = new Option<string?>("--location") { Description = "Nơi để" };
        var custodian = new Option<string?>("--custodian") { Description = "Người quản lý (thủ kho)" };
        var reason = new Option<string?>("--reason") { Description = "Căn cứ (phiếu nhập kho, biên bản giao nhận)" };
        var life = new Option<int?>("--life-months") { Description = "Thời gian sử dụng dự kiến (tháng); dưới 1 năm là công cụ, dụng cụ dù đơn giá từ ngưỡng tài sản cố định" };
        var command = new Command("receive", "Nhập kho công cụ, dụng cụ (mua bằng dự toán: dùng spend request trên mục mua sắm)")
        {
            code, name, measure, quantity, unitCost, date, payment, location, custodian, reason, life,
        };
        foreach (var o in line.All)
        {
            command.Options.Add(o);
        }

        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var on = BudgetWiring.DateOr(c, p.GetValue(date), "--date");
            var key = line.Key(p, on.Year);
            var paid = p.GetValue(payment)?.Trim() switch
            {
                null or "" or "none" => ToolPayment.None,
                "cash" => ToolPayment.Cash,
                "bank" => ToolPayment.Bank,
                var other => throw new UsageException($"--payment '{other}' không hợp lệ; chọn một trong: none, cash, bank."),
            };
            var r = await c.Get<ToolRegister>().ReceiveAsync(new ToolReceipt(p.GetValue(code)!, p.GetValue(name), key.Unit, p.GetValue(measure) ?? "cái",
                p.GetValue(quantity), p.GetValue(unitCost), on, new ToolLine(key.FundSource, key.Autonomy, key.Sector, key.BudgetItem), p.GetValue(location),
                p.GetValue(custodian), paid, p.GetValue(reason), c.Actor, p.GetValue(life)), ct);
            return Changed(c, r, t => $"Đã nhập kho {N(t.Events[^1].Quantity)} {t.Measure} công cụ, dụng cụ {t.Code} ({t.Name}), giá trị {VietnameseFormat.Amount(t.Events[^1].Value)}");
        });
        return command;
    }

    private static Command Issue(Func<ParseResult, CliContext> context)
    {
        var code = new Argument<string>("code") { Description = "Mã công cụ, dụng cụ", HelpName = "mã" };
        var quantity = new Option<int>("--quantity") { Description = "Số lượng xuất dùng", Required = true };
        var date = new Option<string?>("--date") { Description = "Ngày xuất (mặc định hôm nay)" };
        var custodian = new Option<string?>("--custodian") { Description = "Người, bộ phận nhận sử dụng" };
        var reason = new Option<string?>("--reason") { Description = "Căn cứ (phiếu xuất kho)" };
        var command = new Command("issue", "Xuất công cụ, dụng cụ ra sử dụng (ghi chi phí Nợ 611 / Có 153)") { code, quantity, date, custodian, reason };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var r = await c.Get<ToolRegister>().IssueAsync(p.GetValue(code)!, BudgetWiring.DateOr(c, p.GetValue(date), "--date"), p.GetValue(quantity),
                p.GetValue(custodian), p.GetValue(reason), c.Actor, ct);
            return Changed(c, r, t => $"Đã xuất dùng {N(t.Events[^1].Quantity)} {t.Measure} công cụ, dụng cụ {t.Code} ({t.Name}), giá trị {VietnameseFormat.Amount(t.Events[^1].Value)}");
        });
        return command;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị)" };
        var list = new Command("list", "Sổ công cụ, dụng cụ: nhập, xuất, tồn theo số lượng và giá trị") { unit };
        list.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var tools = await c.Get<ToolQueries>().ListAsync(p.GetValue(unit), ct);
            if (c.Json || c.Csv)
            {
                c.Output.List(c, tools.Select(t => new
                {
                    code = t.Code,
                    name = t.Name,
                    unit = t.Unit,
                    measure = t.Measure,
                    unit_cost = t.UnitCost,
                    received = t.ReceivedQuantity,
                    issued = t.IssuedQuantity,
                    in_store = t.InStoreQuantity,
                    received_value = t.ReceivedValue,
                    issued_value = t.IssuedValue,
                    in_store_value = t.InStoreValue,
                    custodian = t.Custodian,
                    fund_source = t.Line.FundSource,
                    autonomy = t.Line.Autonomy.Code(),
                    sector = t.Line.Sector,
                    budget_item = t.Line.BudgetItem,
                }));
                return ExitCodes.Success;
            }

            c.Output.Line($"{"Mã",-14} {"Đơn vị",-8} {"ĐVT",-6} {"Đơn giá",14} {"Nhập",7} {"Xuất",7} {"Tồn",7} {"Giá trị tồn",18} {"Người quản lý",-18} Tên");
            foreach (var t in tools)
            {
                c.Output.Line($"{t.Code,-14} {t.Unit,-8} {t.Measure,-6} {VietnameseFormat.Amount(t.UnitCost),14} {N(t.ReceivedQuantity),7} {N(t.IssuedQuantity),7} {N(t.InStoreQuantity),7} " +
                    $"{VietnameseFormat.Amount(t.InStoreValue),18} {t.Custodian ?? string.Empty,-18} {t.Name}");
            }

            c.Output.Line($"Cộng giá trị tồn kho: {VietnameseFormat.Amount(tools.Sum(t => t.InStoreValue))} ({N(tools.Count)} công cụ, dụng cụ)");
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var code = new Argument<string>("code") { Description = "Mã công cụ, dụng cụ", HelpName = "mã" };
        var show = new Command("show", "Thẻ công cụ, dụng cụ với toàn bộ lịch sử nhập, xuất") { code };
        show.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var t = await c.Get<ToolQueries>().FindAsync(p.GetValue(code)!, ct);
            if (t is null)
            {
                return c.Output.Refuse([ToolErrors.Error(ToolErrors.NotFound, $"Không có công cụ, dụng cụ mã '{p.GetValue(code)}' trong sổ (xem: partyfinance tool list).", "code")]);
            }

            if (c.Json)
            {
                var json = Row(t);
                json["location"] = t.Location;
                json["history"] = t.Events.Select(e => new Dictionary<string, object?>
                {
                    ["seq"] = e.Seq,
                    ["kind"] = e.Kind.Code(),
                    ["date"] = e.Date,
                    ["year"] = e.Year,
                    ["quantity"] = e.Quantity,
                    ["value"] = e.Value,
                    ["custodian"] = e.Custodian,
                    ["voucher"] = e.Voucher,
                    ["reason"] = e.Reason,
                    ["by"] = e.By,
                }).ToList();
                c.Output.Json(json);
                return ExitCodes.Success;
            }

            c.Output.Line($"Công cụ, dụng cụ {t.Code}: {t.Name} — {t.Unit}, đơn vị tính {t.Measure}; dòng {t.Line}" + (t.Location is null ? string.Empty : $"; để tại {t.Location}"));
            c.Output.Line($"Nhập {N(t.ReceivedQuantity)} ({VietnameseFormat.Amount(t.ReceivedValue)}), xuất {N(t.IssuedQuantity)} ({VietnameseFormat.Amount(t.IssuedValue)}), " +
                $"tồn {N(t.InStoreQuantity)} ({VietnameseFormat.Amount(t.InStoreValue)})" + (t.Custodian is null ? "." : $"; người giữ: {t.Custodian}."));
            c.Output.Line("Lịch sử:");
            foreach (var e in t.Events)
            {
                c.Output.Line($"  {e.Seq}. {VietnameseFormat.Date(e.Date)} {e.Kind.VietnameseName()}" + (e.Quantity == 0 ? string.Empty : $" {N(e.Quantity)} {t.Measure}") +
                    $", {VietnameseFormat.Amount(e.Value)}" + (e.Custodian is null ? string.Empty : $", {e.Custodian}") + (e.Voucher is null ? string.Empty : $" — chứng từ {e.Voucher}") +
                    (e.Reason is null ? string.Empty : $" ({e.Reason})") + $"; {e.By}");
            }

            return ExitCodes.Success;
        });
        return show;
    }

    private static Command Import(Func<ParseResult, CliContext> context)
    {
        var file = new Argument<string>("tools.csv");
        var date = new Option<string?>("--date") { Description = "Ngày nhận sổ (mặc định 01/01 năm nay)" };
        var import = new Command("import", "Nhập sổ công cụ, dụng cụ đang có (tất cả hoặc không dòng nào)") { file, date };
        import.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var at = AuthorityOptionValues.OptionalDate(p, date);
            return await InputFile.ReadAsync(c, p.GetValue(file)!, async f =>
            {
                var r = await c.Get<ImportTools>().RunAsync(f, at, c.Actor, ct);
                if (r.IsFailure)
                {
                    return c.Output.Refuse(r.Errors, f.Name);
                }

                if (c.Json)
                {
                    c.Output.Json(new { rows = r.Value.Rows, added = r.Value.Added, units = r.Value.Units.Select(u => new { unit = u.Unit, value = u.Value, voucher = u.Voucher }) });
                    return ExitCodes.Success;
                }

                c.Output.Line($"Đã ghi {N(r.Value.Added)} công cụ, dụng cụ vào sổ.");
                foreach (var (unit, value, voucher) in r.Value.Units)
                {
                    c.Output.Line(voucher is { } v
                        ? $"  {unit}: giá trị tồn kho {VietnameseFormat.Amount(value)} — chứng từ ghi sổ {v}."
                        : $"  {unit}: giá trị tồn kho {VietnameseFormat.Amount(value)} — khớp số dư TK 153 đã có trên sổ cái, không ghi thêm chứng từ.");
                }

                return ExitCodes.Success;
            });
        });
        return import;
    }

    private static Command CloseYear(Func<ParseResult, CliContext> context)
    {
        var year = new Option<int>("--year") { Description = "Năm kết chuyển", Required = true };
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị)" };
        var command = new Command("close-year", "Cuối năm: kết chuyển giá trị công cụ, dụng cụ đã xuất dùng trong năm (Nợ 36612 / Có 511)") { year, unit };
        command.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var r = await c.Get<ToolRegister>().CloseYearAsync(p.GetValue(year), p.GetValue(unit)?.Trim(), c.Actor, ct);
            if (r.IsFailure)
            {
                return c.Output.Refuse(r.Errors);
            }

            if (c.Json)
            {
                c.Output.Json(new { year = p.GetValue(year), total = r.Value.Sum(u => u.Value), units = r.Value.Select(u => new { unit = u.Unit, value = u.Value, tools = u.Tools, voucher = u.Voucher }) });
                return ExitCodes.Success;
            }

            c.Output.Line(r.Value.Count == 0
                ? $"Năm {p.GetValue(year).ToString(CultureInfo.InvariantCulture)}: không còn giá trị công cụ, dụng cụ xuất dùng nào chưa kết chuyển."
                : $"Đã kết chuyển giá trị công cụ, dụng cụ xuất dùng năm {p.GetValue(year).ToString(CultureInfo.InvariantCulture)}: {VietnameseFormat.Amount(r.Value.Sum(u => u.Value))}.");
            foreach (var u in r.Value)
            {
                c.Output.Line($"  {u.Unit}: {VietnameseFormat.Amount(u.Value)} ({N(u.Tools)} công cụ, dụng cụ) — chứng từ {u.Voucher}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Dictionary<string, object?> Row(Tool t) => new()
    {
        ["code"] = t.Code,
        ["name"] = t.Name,
        ["unit"] = t.Unit,
        ["measure"] = t.Measure,
        ["unit_cost"] = t.UnitCost,
        ["received"] = t.ReceivedQuantity,
        ["issued"] = t.IssuedQuantity,
        ["in_store"] = t.InStoreQuantity,
        ["received_value"] = t.ReceivedValue,
        ["issued_value"] = t.IssuedValue,
        ["in_store_value"] = t.InStoreValue,
        ["custodian"] = t.Custodian,
        ["fund_source"] = t.Line.FundSource,
        ["autonomy"] = t.Line.Autonomy.Code(),
        ["sector"] = t.Line.Sector,
        ["budget_item"] = t.Line.BudgetItem,
    };

    private static int Changed(CliContext c, PartyFinance.Domain.Common.Result<ToolChanged> r, Func<Tool, string> text)
    {
        if (r.IsFailure)
        {
            return c.Output.Refuse(r.Errors);
        }

        var t = r.Value.Tool;
        if (c.Json)
        {
            var json = Row(t);
            json["value"] = r.Value.Value;
            json["voucher"] = r.Value.Voucher;
            c.Output.Json(json);
            return ExitCodes.Success;
        }

        c.Output.Line(text(t) + (r.Value.Voucher is { } v ? $" — chứng từ {v}." : "."));
        c.Output.Line($"Tồn kho {t.Code}: {N(t.InStoreQuantity)} {t.Measure}, {VietnameseFormat.Amount(t.InStoreValue)}.");
        return ExitCodes.Success;
    }

    private static string N(int n) => n.ToString("#,##0", VietnameseFormat.Culture);
}

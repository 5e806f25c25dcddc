using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PartyFinance.Application.Audit;

namespace PartyFinance.Cli.Commands;

/// <summary>
/// `audit verify [--unit U] [--year Y] [--json]` (exit 1 when anything does not match the trail) and
/// `audit log [--user U] [--unit U] [--from D] [--to D] [--kind K] [--json]` (streamed, oldest first).
/// </summary>
public static class AuditCommands
{

    public static Command Build(Func<ParseResult, CliContext> context)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị (mặc định: mọi đơn vị và chuỗi toàn tỉnh)" };
        var year = new Option<int?>("--year") { Description = "Năm của chuỗi (mặc định: mọi năm)" };
        var verify = new Command("verify", "Kiểm tra chuỗi băm của nhật ký kiểm toán, các chứng từ đã ghi sổ và các trigger bảo vệ") { unit, year };
        verify.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var y = p.GetValue(year);
            if (y is < 1900 or > 2100)
            {
                throw new UsageException("--year: năm phải từ 1900 đến 2100.");
            }

            var result = await c.Get<IAuditTrail>().VerifyAsync(p.GetValue(unit), y, ct);
            Print(c, result);
            return result.Ok ? ExitCodes.Success : ExitCodes.Refused;
        });

        var user = new Option<string?>("--user") { Description = "Người thực hiện (tên đăng nhập)" };
        var logUnit = new Option<string?>("--unit") { Description = "Mã đơn vị (chuỗi của đơn vị)" };
        var from = new Option<string?>("--from") { Description = "Từ ngày (yyyy-MM-dd hoặc dd/MM/yyyy, giờ Việt Nam)" };
        var to = new Option<string?>("--to") { Description = "Đến hết ngày (yyyy-MM-dd hoặc dd/MM/yyyy)" };
        var kind = new Option<string?>("--kind") { Description = "Loại thay đổi (create, update, delete, post, seal, schema …) hoặc tên bảng (vouchers, periods, users …)" };
        var log = new Command("log", "Liệt kê nhật ký kiểm toán") { user, logUnit, from, to, kind };
        log.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var filter = new AuditLogFilter(p.GetValue(user), p.GetValue(logUnit), Date(p.GetValue(from), "--from"), Date(p.GetValue(to), "--to"), p.GetValue(kind));
            await WriteLogAsync(c, c.Get<IAuditTrail>().LogAsync(filter, ct), ct);
            return ExitCodes.Success;
        });
        var reason = new Option<string>("--reason") { Description = "Lý do niêm phong lại (ví dụ: số biên bản phục hồi bằng pg_restore)", Required = true };
        var reseal = new Command("reseal", "Ghi vào nhật ký các trigger bảo vệ đã được tạo lại đúng định nghĩa (sau pg_restore); chỉ quản trị viên") { reason };
        reseal.SetAction(async (p, ct) =>
        {
            var c = context(p);
            var result = await c.Get<ResealSchema>().RunAsync(ct);
            if (result.IsFailure)
            {
                return c.Output.Refuse(result.Errors);
            }

            var renewed = result.Value.Renewed;
            if (c.Json)
            {
                c.Output.Json(new { resealed = renewed.Count > 0, renewed });
            }
            else
            {
                c.Output.Line(renewed.Count == 0
                    ? "Các trigger bảo vệ khớp với nhật ký; không cần niêm phong lại, không có gì được ghi."
                    : $"Đã niêm phong lại {N(renewed.Count)} đối tượng có mã mới, định nghĩa không đổi: {string.Join(", ", renewed)}.");
            }

            return ExitCodes.Success;
        });
        return new Command("audit", "Nhật ký kiểm toán") { verify, log, reseal };
    }

    private static DateOnly? Date(string? text, string option) =>
        text is null ? null : Arguments.TryDate(text, out var d) ? d : throw Arguments.BadDate(option, text);

    private static void Print(CliContext c, AuditVerification r)
    {
        if (c.Json)
        {
            c.Output.Json(new
            {
                ok = r.Ok,
                events = r.Events,
                chains = r.Chains,
                vouchers = r.Vouchers,
                problems = r.Problems.Select(x => new { table = x.Table, key = x.Key, kind = x.Kind }),
            });
            return;
        }

        if (r.Ok)
        {
            c.Output.Line($"Nhật ký kiểm toán toàn vẹn: {N(r.Events)} bản ghi trong {N(r.Chains)} chuỗi, {N(r.Vouchers)} chứng từ khớp, các trigger bảo vệ không đổi.");
            return;
        }

        foreach (var x in r.Problems)
        {
            c.Output.Line($"Bảng {x.Table}, khóa {x.Key}: {KindName(x.Kind)}");
        }

        c.Output.Line($"Phát hiện {N(r.Problems.Count)} thay đổi ngoài ứng dụng ({N(r.Events)} bản ghi, {N(r.Vouchers)} chứng từ đã kiểm tra).");
    }

    private static string KindName(string kind) => kind switch
    {
        "changed" => "bị sửa (không khớp nhật ký)",
        "missing" => "bị xóa (nhật ký có, cơ sở dữ liệu không có)",
        "inserted" => "bị thêm ngoài ứng dụng (không có trong nhật ký)",
        _ => kind,
    };

    private static string EventName(string kind) => kind switch
    {
        "create" => "thêm",
        "update" => "sửa",
        "delete" => "xóa",
        "post" => "ghi sổ chứng từ",
        "seal" => "niêm phong chứng từ cũ",
        "schema" => "nâng cấp lược đồ",
        "restore" => "phục hồi từ bản sao lưu",
        "override" => "ghi vượt dự toán",
        "close-year" => "khóa sổ năm",
        "password" => "đổi mật khẩu",
        _ => kind,
    };

    private static async Task WriteLogAsync(CliContext c, IAsyncEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        if (c.Json)
        {
            var stream = new MemoryStream();
            await using var json = new Utf8JsonWriter(stream, Output.WriterOptions);
            json.WriteStartArray();
            await foreach (var e in entries.WithCancellation(ct))
            {
                json.WriteStartObject();
                json.WriteNumber("id", e.Id);
                json.WriteString("at", e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
                json.WriteString("actor", e.Actor);
                json.WriteString("command", e.Command);
                json.WriteString("kind", e.Kind);
                json.WriteString("table", e.Table);
                json.WriteString("key", e.Key);
                json.WriteString("unit", e.Unit);
                json.WriteNumber("year", e.Year);
                json.WriteString("reason", e.Reason);
                Raw(json, "before", e.Before);
                Raw(json, "after", e.After);
                json.WriteString("hash", e.Hash);
                json.WriteEndObject();
                await Drain(json, stream, c.Output.Out);
            }

            json.WriteEndArray();
            await Drain(json, stream, c.Output.Out);
            c.Output.Line(string.Empty);
            return;
        }

        long count = 0;
        await foreach (var e in entries.WithCancellation(ct))
        {
            count++;
            var at = TimeZoneInfo.ConvertTime(e.At, c.Clock.LocalTimeZone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            var unit = e.Unit.Length == 0 ? "toàn tỉnh" : e.Unit;
            var what = e.Kind is "post" or "seal" ? $"{N(AuditTrailCount(e.After))} chứng từ" : $"{e.Table} {e.Key}";
            var why = e.Reason is null ? string.Empty : $", lý do: {e.Reason}";
            var command = e.Command is null ? string.Empty : $" (lệnh {e.Command})";
            c.Output.Line($"#{e.Id.ToString(CultureInfo.InvariantCulture)} {at} {e.Actor}: {EventName(e.Kind)} {what} [{unit}/{e.Year.ToString(CultureInfo.InvariantCulture)}]{command}{why}");
        }

        c.Output.Line($"{N(count)} bản ghi.");
    }

    private static int AuditTrailCount(string? after)
    {
        if (after is null)
        {
            return 0;
        }

        using var doc = JsonDocument.Parse(after);
        return doc.RootElement.TryGetProperty("vouchers", out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;
    }

    private static void Raw(Utf8JsonWriter json, string name, string? text)
    {
        json.WritePropertyName(name);
        if (text is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(text, skipInputValidation: false);
        }
    }

    private static async Task Drain(Utf8JsonWriter json, MemoryStream stream, TextWriter output)
    {
        await json.FlushAsync();
        if (stream.Length > 0)
        {
            await output.WriteAsync(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
            stream.SetLength(0);
        }
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
}

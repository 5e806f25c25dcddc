using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli;

/// <summary>Results go to stdout (text or JSON, snake_case), refusals to stderr in Vietnamese, one problem per line.</summary>
public sealed class Output(TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new DateOnlyConverter() },
    };

    /// <summary>For JSON written field by field (streamed lists, the trial balance): the same indentation and escaping as <see cref="Json{T}"/>.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public TextWriter Out => stdout;

    public void Json<T>(T value) => stdout.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void Line(string text) => stdout.WriteLine(text);

    /// <summary>Whether stdout is a terminal (not redirected to a file or pipe): progress is then redrawn in place.</summary>
    public bool Interactive => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>A progress line: on a terminal it stays open to be replaced by <see cref="ProgressDone"/>; elsewhere nothing is printed until it is done.</summary>
    public void Progress(string text)
    {
        if (Interactive)
        {
            stdout.Write("\r" + text + " …");
            stdout.Flush();
        }
    }

    /// <summary>Ends a progress line: on a terminal it overwrites the open line; elsewhere a plain line.</summary>
    public void ProgressDone(string text)
    {
        if (Interactive)
        {
            stdout.Write("\r\u001b[2K");
        }

        stdout.WriteLine(text);
    }

    /// <summary>A list as JSON, or with `--format csv` as CSV whose columns are the JSON fields (nested values as JSON text).</summary>
    public void List<T>(CliContext c, IEnumerable<T> rows)
    {
        if (!c.Csv)
        {
            Json(rows);
            return;
        }

        var items = JsonSerializer.SerializeToElement(rows, JsonOptions).EnumerateArray().ToList();
        // Columns from the row type, so an empty list still has its header; rows typed object name them themselves.
        var header = typeof(T).GetProperties().Select(p => JsonOptions.PropertyNamingPolicy!.ConvertName(p.Name))
            .Concat(items.SelectMany(i => i.EnumerateObject().Select(p => p.Name))).Distinct().ToList();
        Csv.Write(stdout, header, items.Select(i => (IReadOnlyList<object?>)header.Select(h => Cell(i, h)).ToList()));
    }

    private static object? Cell(JsonElement item, string name) =>
        !item.TryGetProperty(name, out var v) ? null : v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => v.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetRawText(),
            _ => JsonSerializer.Serialize(v),
        };

    public int Refuse(IReadOnlyList<DomainError> errors, string? file = null)
    {
        var prefix = file is null ? string.Empty : Path.GetFileName(file) + ": ";
        foreach (var e in errors)
        {
            stderr.WriteLine($"Lỗi: {prefix}{e.Describe()} [{e.Code}]");
        }

        if (errors.Count > 1)
        {
            stderr.WriteLine($"Tổng cộng {errors.Count} lỗi; không có dữ liệu nào được ghi.");
        }

        return ExitCodes.Of(Refusals.KindOf(errors));
    }

    public int Usage(string message)
    {
        stderr.WriteLine("Lỗi cú pháp: " + message);
        return ExitCodes.Usage;
    }

    /// <summary>An unexpected failure: a Vietnamese sentence first, the technical detail after it for the operator.</summary>
    public int Fail(Exception e)
    {
        var transient = Infrastructure.Persistence.TransientFailure.Classify(e);
        var what = transient == Infrastructure.Persistence.TransientKind.Conflict
            ? $"cơ sở dữ liệu vẫn báo xung đột với các thao tác đồng thời sau {Infrastructure.Persistence.TransientFailure.Attempts} lần chạy; hãy chạy lại sau"
            : transient == Infrastructure.Persistence.TransientKind.Unavailable
            ? $"máy chủ cơ sở dữ liệu không nhận kết nối sau {Infrastructure.Persistence.TransientFailure.Attempts} lần thử (chưa chạy, đang khởi động hoặc hết kết nối); hãy kiểm tra máy chủ rồi chạy lại"
            : Infrastructure.Persistence.DatabaseTarget.IsBusy(e)
            ? "cơ sở dữ liệu đang bận: một thao tác khác đang ghi và chưa xong trong thời gian chờ (--wait, PARTYFINANCE_DB_WAIT); hãy chạy lại sau"
            : Chain(e).Any(x => x is System.Data.Common.DbException)
            ? "không mở hoặc không kết nối được cơ sở dữ liệu, hoặc cơ sở dữ liệu từ chối thao tác"
            : "thao tác không thực hiện được do lỗi ngoài dự kiến";
        stderr.WriteLine($"Lỗi hệ thống: {what}. Không có dữ liệu nào được ghi thêm. (Chi tiết kỹ thuật: {e.GetBaseException().Message})");
        return ExitCodes.Failure;
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }

    private sealed class DateOnlyConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateOnly.ParseExact(reader.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}

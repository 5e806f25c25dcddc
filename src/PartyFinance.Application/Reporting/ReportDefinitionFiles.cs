using System.Globalization;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// Reads reports/reports.csv and the lines and columns files it names. Every bad cell is reported with
/// its file, row and column; nothing is returned unless every file is clean. A formula may only name
/// lines of its own report.
/// </summary>
public static class ReportDefinitionFiles
{
    private static readonly string[] CatalogColumns = ["code", "form", "name", "kind", "lines", "columns", "accounts", "issued_with", "valid_from", "valid_to", "source", "verified"];
    private static readonly string[] LineColumns = ["line", "label", "indent", "bold", "accounts", "side", "sign", "excluding", "fund_sources", "autonomy", "items", "formula", "verified"];
    private static readonly string[] ColumnColumns = ["column", "label", "fund_sources", "autonomy", "verified"];

    private static readonly Dictionary<string, LineSide> Sides = new(StringComparer.Ordinal)
    {
        ["debit"] = LineSide.Debit,
        ["credit"] = LineSide.Credit,
        ["net-debit"] = LineSide.NetDebit,
        ["net-credit"] = LineSide.NetCredit,
        ["net-debit-turnover"] = LineSide.NetDebitTurnover,
        ["net-credit-turnover"] = LineSide.NetCreditTurnover,
        ["estimate-carried"] = LineSide.EstimateCarried,
        ["estimate-current"] = LineSide.EstimateCurrent,
        ["spent"] = LineSide.Spent,
        ["advanced"] = LineSide.Advanced,
        ["cash-in"] = LineSide.CashIn,
        ["cash-out"] = LineSide.CashOut,
        ["cash-in-other"] = LineSide.CashInOther,
        ["cash-out-other"] = LineSide.CashOutOther,
        ["cash-opening"] = LineSide.CashOpening,
        ["register"] = LineSide.Register,
        ["text"] = LineSide.Text,
    };

    public static Result<ReportCatalog> LoadDirectory(string directory) =>
        Load(name => File.Exists(Path.Combine(directory, name)) ? File.OpenText(Path.Combine(directory, name)) : null);

    /// <summary>Loads the catalog through <paramref name="open"/> (file name → text, null when missing).</summary>
    public static Result<ReportCatalog> Load(Func<string, TextReader?> open)
    {
        var errors = new List<DomainError>();
        using var catalog = open("reports.csv");
        if (catalog is null)
        {
            return new DomainError(ReportErrors.BadDefinition, "Không tìm thấy tệp reports/reports.csv.", "reports.csv");
        }

        var definitions = Read(catalog, "reports.csv", CatalogColumns, errors, (h, r, e) =>
        {
            if (!ReportKinds.TryParse(h.Get(r, "kind"), out var kind))
            {
                e.Add(Bad("kind", $"Loại báo cáo '{h.Get(r, "kind")}' không được hỗ trợ."));
            }

            var lines = h.Get(r, "lines") is { Length: > 0 } lf ? ReadFile(open, lf, LineColumns, errors, Line) : [];
            var columns = h.Get(r, "columns") switch
            {
                { Length: > 0 } cf when cf.EndsWith(".csv", StringComparison.Ordinal) => ReadFile(open, cf, ColumnColumns, errors, Column),
                { Length: > 0 } pairs => Pairs(pairs, e),
                _ => [],
            };
            CheckFormulas(h.Get(r, "code"), lines, e);
            return new ReportDefinition(h.Get(r, "code"), h.Get(r, "form"), h.Get(r, "name"), kind, lines, columns, List(h.Get(r, "accounts")),
                h.Get(r, "issued_with"), Date(h, r, "valid_from", e) ?? DateOnly.MinValue, h.Get(r, "valid_to").Length > 0 ? Date(h, r, "valid_to", e) : null,
                h.Get(r, "source"), Verified(h, r, e));
        });
        return errors.Count > 0 ? Result.Failure<ReportCatalog>(errors) : Result.Success(new ReportCatalog(definitions));
    }

    private static ReportLineSpec Line(CsvHeader h, IReadOnlyList<string> r, List<DomainError> e)
    {
        LineSide? side = null;
        if (h.Get(r, "side") is { Length: > 0 } s)
        {
            side = Sides.TryGetValue(s, out var found) ? found : null;
            if (side is null)
            {
                e.Add(Bad("side", $"Cách lấy số '{s}' không được hỗ trợ ({string.Join(", ", Sides.Keys)})."));
            }
        }

        var accounts = List(h.Get(r, "accounts"));
        if (accounts.Count > 0 && side is null)
        {
            e.Add(Bad("side", "Dòng có tài khoản phải ghi cách lấy số (side)."));
        }

        if (accounts.Count > 0 && h.Get(r, "formula").Length > 0)
        {
            e.Add(Bad("formula", "Một dòng lấy số từ tài khoản hoặc cộng các dòng khác, không cả hai."));
        }

        if (side == LineSide.Text && (accounts.Count > 0 || h.Get(r, "formula").Length > 0))
        {
            e.Add(Bad("side", "Dòng thuyết minh (text) không lấy số từ tài khoản hay công thức."));
        }

        foreach (var field in NarrativeFields.In(h.Get(r, "label")).Where(f => side != LineSide.Text || !NarrativeFields.Known.ContainsKey(f)))
        {
            e.Add(Bad("label", side == LineSide.Text
                ? $"Trường '{{{field}}}' không có ({string.Join(", ", NarrativeFields.Known.Keys.Select(k => "{" + k + "}"))})."
                : $"Trường '{{{field}}}' chỉ dùng được ở dòng thuyết minh (side text)."));
        }

        var sign = h.Get(r, "sign") switch
        {
            "" or "1" or "+1" => 1,
            "-1" => -1,
            var other => Fail(e, Bad("sign", $"Dấu '{other}' phải là 1 hoặc -1."), 1),
        };
        (string, string)? items = null;
        if (h.Get(r, "items") is { Length: > 0 } range)
        {
            var parts = range.Split('-');
            items = parts.Length == 2 ? (parts[0].Trim(), parts[1].Trim()) : Fail<(string, string)?>(e, Bad("items", $"Khoảng mục '{range}' phải có dạng 6000-6449."), null);
        }

        var autonomy = Autonomy(h.Get(r, "autonomy"), e);
        return new ReportLineSpec(h.Get(r, "line"), h.Get(r, "label"), Int(h, r, "indent", e), Bool(h, r, "bold", e),
            accounts.Where(a => !a.StartsWith('-')).ToList(), accounts.Where(a => a.StartsWith('-')).Select(a => a[1..]).ToList(), side, sign,
            List(h.Get(r, "excluding")), h.Get(r, "fund_sources") is { Length: > 0 } f ? List(f) : null, autonomy, items,
            Formula(h.Get(r, "formula"), e), Verified(h, r, e));
    }

    private static ReportColumnSpec Column(CsvHeader h, IReadOnlyList<string> r, List<DomainError> e) =>
        new(h.Get(r, "column"), h.Get(r, "label"), h.Get(r, "fund_sources") == "*" ? null : List(h.Get(r, "fund_sources")), Autonomy(h.Get(r, "autonomy"), e), Verified(h, r, e));

    private static List<ReportColumnSpec> Pairs(string text, List<DomainError> e)
    {
        var list = new List<ReportColumnSpec>();
        foreach (var pair in List(text))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                e.Add(Bad("columns", $"Cột '{pair}' phải có dạng khóa=Tên cột."));
                continue;
            }

            list.Add(new ReportColumnSpec(pair[..at], pair[(at + 1)..], null, null, "V"));
        }

        return list;
    }

    private static List<(int, string)> Formula(string text, List<DomainError> e)
    {
        var terms = new List<(int, string)>();
        if (text.Length == 0)
        {
            return terms;
        }

        var sign = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '+' or '-')
            {
                var code = text[start..i].Trim();
                if (code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit))
                {
                    e.Add(Bad("formula", $"Công thức '{text}' không hợp lệ (ví dụ 110+120-130)."));
                    return [];
                }

                terms.Add((sign, code));
                if (i < text.Length)
                {
                    sign = text[i] == '+' ? 1 : -1;
                }

                start = i + 1;
            }
        }

        return terms;
    }

    private static void CheckFormulas(string report, IReadOnlyList<ReportLineSpec> lines, List<DomainError> e)
    {
        var known = lines.Where(l => !l.IsHeading).Select(l => l.Line).ToHashSet(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var missing in line.Formula.Select(t => t.Line).Where(c => !known.Contains(c)))
            {
                e.Add(Bad("formula", $"Báo cáo {report}, dòng {line.Line}: công thức nhắc tới mã số {missing} không có trong báo cáo."));
            }
        }
    }

    private static List<T> ReadFile<T>(Func<string, TextReader?> open, string file, string[] columns, List<DomainError> errors,
        Func<CsvHeader, IReadOnlyList<string>, List<DomainError>, T> build)
    {
        using var text = open(file);
        if (text is null)
        {
            errors.Add(new DomainError(ReportErrors.BadDefinition, $"reports.csv: không tìm thấy tệp {file}.", "lines"));
            return [];
        }

        return Read(text, file, columns, errors, build);
    }

    private static List<T> Read<T>(TextReader text, string file, string[] columns, List<DomainError> errors, Func<CsvHeader, IReadOnlyList<string>, List<DomainError>, T> build)
    {
        using var reader = new CsvReader(text);
        var header = CsvHeader.Read(reader, columns, []);
        if (header.IsFailure)
        {
            errors.AddRange(header.Errors.Select(x => x with { Message = file + ": " + x.Message }));
            return [];
        }

        var list = new List<T>();
        while (reader.ReadRecord() is { } record)
        {
            var rowErrors = new List<DomainError>();
            var item = build(header.Value, record, rowErrors);
            errors.AddRange(rowErrors.Select(x => x.AtRow(reader.Row) with { Message = file + ": " + x.Message }));
            list.Add(item);
        }

        return list;
    }

    private static List<string> List(string text) =>
        text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string? Autonomy(string text, List<DomainError> e) => text switch
    {
        "" => null,
        "autonomous" or "non-autonomous" => text,
        _ => Fail<string?>(e, Bad("autonomy", $"'{text}' phải là autonomous hoặc non-autonomous."), null),
    };

    private static int Int(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> e) =>
        int.TryParse(h.Get(r, column), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
        : h.Get(r, column).Length == 0 ? 0 : Fail(e, Bad(column, $"'{h.Get(r, column)}' phải là số nguyên không âm."), 0);

    private static bool Bool(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> e) => h.Get(r, column) switch
    {
        "true" => true,
        "false" or "" => false,
        var other => Fail(e, Bad(column, $"'{other}' phải là true hoặc false."), false),
    };

    private static DateOnly? Date(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> e) =>
        DateOnly.TryParseExact(h.Get(r, column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : Fail<DateOnly?>(e, Bad(column, $"Ngày '{h.Get(r, column)}' phải có dạng yyyy-MM-dd."), null);

    private static string Verified(CsvHeader h, IReadOnlyList<string> r, List<DomainError> e) => h.Get(r, "verified") switch
    {
        "V" or "S" or "U" => h.Get(r, "verified"),
        var other => Fail(e, Bad("verified", $"Dấu kiểm chứng '{other}' phải là V, S hoặc U."), "U"),
    };

    private static DomainError Bad(string field, string message) => new(ReportErrors.BadDefinition, message, field);

    private static T Fail<T>(List<DomainError> errors, DomainError error, T value)
    {
        errors.Add(error);
        return value;
    }
}

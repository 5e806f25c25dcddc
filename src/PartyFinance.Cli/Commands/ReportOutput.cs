using PartyFinance.Application.Reporting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli.Commands;

/// <summary>A computed report as text (vi-VN amounts), JSON (rows {line, label, values}) or CSV (one column per report column).</summary>
internal static class ReportOutput
{
    public static int Print(CliContext c, ReportTable t)
    {
        var d = t.Definition;
        if (c.Csv)
        {
            return Csv.Write(c.Output.Out, t.Columns.Select(col => col.Key).ToList(), t.Rows.Select(r => (IReadOnlyList<object?>)t.Columns.Select(col => Cell(r, col)).ToList()));
        }

        if (c.Json)
        {
            c.Output.Json(new
            {
                code = d.Code,
                form = d.Form,
                name = d.Name,
                year = t.Year,
                unit = t.Unit,
                unit_name = t.UnitName,
                chapter = t.Chapter,
                verified = d.Verified,
                source = d.Source,
                columns = t.Columns.Select(col => new { key = col.Key, heading = col.Heading, kind = col.Kind.ToString().ToLowerInvariant() }),
                rows = t.Rows.Select(r => new { line = r.Line, label = r.Label, texts = r.Texts.Count > 0 ? r.Texts : null, values = r.Values }),
                notes = t.Notes,
            });
            return ExitCodes.Success;
        }

        c.Output.Line($"{d.Name.ToUpperInvariant()}{(d.Form.Length > 0 ? $" (mẫu {d.Form})" : string.Empty)} — {t.PeriodLabel.ToLowerInvariant()} — {t.UnitName}, chương {t.Chapter}");
        c.Output.Line("Đơn vị tính: đồng" + (d.Verified == "U" ? ". Bố cục mẫu chưa kiểm chứng (U)." : "."));
        c.Output.Line(string.Join(' ', t.Columns.Select(col => Fit(col.Heading, col))));
        foreach (var r in t.Rows)
        {
            c.Output.Line(string.Join(' ', t.Columns.Select(col => Fit(col.Kind switch
            {
                ColumnKind.Line => r.Line,
                ColumnKind.Label => new string(' ', 2 * r.Indent) + r.Label,
                ColumnKind.Text => r.Texts.GetValueOrDefault(col.Key, string.Empty),
                ColumnKind.Amount => r.Values.TryGetValue(col.Key, out var v) ? (v == 0 ? "-" : VietnameseFormat.Number(v)) : string.Empty,
            }, col))).TrimEnd());
        }

        foreach (var note in t.Notes)
        {
            c.Output.Line(note);
        }

        return ExitCodes.Success;
    }

    private static object? Cell(ReportRow r, ReportColumn col) => col.Kind switch
    {
        ColumnKind.Line => r.Line,
        ColumnKind.Label => r.Label,
        ColumnKind.Text => r.Texts.GetValueOrDefault(col.Key),
        ColumnKind.Amount => r.Values.TryGetValue(col.Key, out var v) ? v : null,
    };

    private static string Fit(string text, ReportColumn col)
    {
        var cut = text.Length > col.Width ? text[..(col.Width - 1)] + "…" : text;
        return col.Kind == ColumnKind.Amount ? cut.PadLeft(col.Width) : cut.PadRight(col.Width);
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// Writes a worksheet's XML as text: the few structural elements (views, columns, header rows, merges, page
/// setup) serialized by the Open XML SDK, the data rows written straight as SpreadsheetML, cell by cell — no
/// element object and no XmlWriter bookkeeping per cell, so a sheet of a million rows streams in constant
/// memory at several times the SDK writer's speed. Texts are inline strings (never formulas), escaped; amounts
/// numbers.
/// </summary>
internal sealed class CellWriter(Stream part) : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly StreamWriter _out = new(part, new System.Text.UTF8Encoding(false), 1 << 16);
    private readonly Dictionary<uint, string> _styles = [];
    private readonly char[] _number = new char[24];

    public void StartWorksheet() =>
        _out.Write($"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><worksheet xmlns=\"{Main}\">");

    public void EndWorksheet() => _out.Write("</worksheet>");

    public void StartSheetData() => _out.Write("<sheetData>");

    public void EndSheetData() => _out.Write("</sheetData>");

    /// <summary>An element the SDK builds (views, columns, header rows, merges, page setup), as the SDK serializes it.</summary>
    public void Element(OpenXmlElement element) => _out.Write(element.OuterXml);

    /// <summary>Data rows carry their number; cells follow one another without a reference (all are written, blanks included), which keeps the XML small.</summary>
    public void StartRow(int row)
    {
        _out.Write("<row r=\"");
        WriteInt(row);
        _out.Write("\">");
    }

    public void EndRow() => _out.Write("</row>");

    public void Text(string text, uint style)
    {
        _out.Write("<c s=\"");
        _out.Write(Style(style));
        // xml:space="preserve" only where spaces at the ends would otherwise be lost.
        _out.Write(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>");
        Escaped(text);
        _out.Write("</t></is></c>");
    }

    public void Number(long value, uint style)
    {
        _out.Write("<c s=\"");
        _out.Write(Style(style));
        _out.Write("\"><v>");
        WriteLong(value);
        _out.Write("</v></c>");
    }

    public void Blank(uint style)
    {
        _out.Write("<c s=\"");
        _out.Write(Style(style));
        _out.Write("\"/>");
    }

    public void Dispose() => _out.Dispose();

    /// <summary>Text content: &amp;, &lt; and &gt; escaped; characters XML 1.0 cannot hold (control characters other than tab and line breaks) left out.</summary>
    private void Escaped(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            string? replacement = ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                < ' ' when ch is not ('\t' or '\n' or '\r') => string.Empty,
                '\uFFFE' or '\uFFFF' => string.Empty,
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            _out.Write(text.AsSpan(start, i - start));
            _out.Write(replacement);
            start = i + 1;
        }

        _out.Write(text.AsSpan(start));
    }

    private void WriteInt(int value) => WriteLong(value);

    private void WriteLong(long value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _out.Write(_number, 0, written);
    }

    private string Style(uint style) =>
        _styles.TryGetValue(style, out var s) ? s : _styles[style] = style.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// Writes the data rows of a sheet through <see cref="OpenXmlWriter"/> element by element, from
/// prototype elements and reused attribute lists: no object tree per cell, so a sheet of a million
/// cells streams in near-constant memory. Texts are inline strings (never formulas), amounts numbers.
/// </summary>
internal sealed class CellWriter(OpenXmlWriter w)
{
    private static readonly Row RowPrototype = new();
    private static readonly Cell CellPrototype = new();
    private static readonly CellValue ValuePrototype = new();
    private static readonly InlineString InlinePrototype = new();
    private static readonly Text TextPrototype = new();

    private readonly Dictionary<uint, string> _styles = [];
    // Arrays, reused: OpenXmlWriter takes them more than twice as fast as a List passed as IEnumerable.
    private readonly OpenXmlAttribute[] _number = new OpenXmlAttribute[1];
    private readonly OpenXmlAttribute[] _text = [default, new("t", string.Empty, "inlineStr")];
    private readonly OpenXmlAttribute[] _preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private readonly OpenXmlAttribute[] _row = new OpenXmlAttribute[1];

    /// <summary>Rows carry their number; cells follow one another without a reference (all are written, blanks included), which keeps the XML small.</summary>
    public void StartRow(int row)
    {
        _row[0] = new OpenXmlAttribute("r", string.Empty, row.ToString(CultureInfo.InvariantCulture));
        w.WriteStartElement(RowPrototype, _row);
    }

    public void EndRow() => w.WriteEndElement();

    public void Text(string text, uint style)
    {
        Start(style, inline: true);
        w.WriteStartElement(InlinePrototype);
        // xml:space="preserve" only where spaces at the ends would otherwise be lost.
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            w.WriteStartElement(TextPrototype, _preserve);
        }
        else
        {
            w.WriteStartElement(TextPrototype);
        }

        w.WriteString(text);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public void Number(long value, uint style)
    {
        Start(style, inline: false);
        w.WriteStartElement(ValuePrototype);
        w.WriteString(value.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    public void Blank(uint style)
    {
        Start(style, inline: false);
        w.WriteEndElement();
    }

    private void Start(uint style, bool inline)
    {
        var attributes = inline ? _text : _number;
        attributes[0] = new OpenXmlAttribute("s", string.Empty, Style(style));
        w.WriteStartElement(CellPrototype, attributes);
    }

    private string Style(uint style) =>
        _styles.TryGetValue(style, out var s) ? s : _styles[style] = style.ToString(CultureInfo.InvariantCulture);
}

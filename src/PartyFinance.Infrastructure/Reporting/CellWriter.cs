using System.Buffers;
using System.Buffers.Text;
using System.Text;
using DocumentFormat.OpenXml;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// Writes a worksheet's XML as UTF-8 bytes: the few structural elements (views, columns, header rows, merges, page
/// setup) serialized by the Open XML SDK, the data rows written straight as SpreadsheetML, cell by cell, into a byte
/// buffer — markup as UTF-8 literals, numbers formatted in place, texts escaped and encoded in place, style ids
/// precomputed — so a sheet of a million rows streams in constant memory without an allocation per cell. Texts are
/// inline strings (never formulas), escaped; amounts numbers.
/// </summary>
internal sealed class CellWriter(Stream part) : IDisposable
{
    private const int BufferSize = 1 << 17;

    // What a text cannot hold as is: the three escaped characters and what XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE, U+FFFF).
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    // <c s="N" for the few style ids of the workbook, built once.
    private static readonly byte[][] CellStart = Enumerable.Range(0, 64).Select(i => Encoding.ASCII.GetBytes($"<c s=\"{i}\"")).ToArray();

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _used;

    public void StartWorksheet() =>
        Ascii("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"u8);

    public void EndWorksheet() => Ascii("</worksheet>"u8);

    public void StartSheetData() => Ascii("<sheetData>"u8);

    public void EndSheetData() => Ascii("</sheetData>"u8);

    /// <summary>An element the SDK builds (views, columns, header rows, merges, page setup), as the SDK serializes it.</summary>
    public void Element(OpenXmlElement element) => Utf8(element.OuterXml);

    /// <summary>Data rows carry their number; cells follow one another without a reference (all are written, blanks included), which keeps the XML small.</summary>
    public void StartRow(int row)
    {
        Ascii("<row r=\""u8);
        Long(row);
        Ascii("\">"u8);
    }

    public void EndRow() => Ascii("</row>"u8);

    public void Text(string text, uint style)
    {
        Style(style);
        // xml:space="preserve" only where spaces at the ends would otherwise be lost.
        Ascii(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : " t=\"inlineStr\"><is><t>"u8);
        Escaped(text);
        Ascii("</t></is></c>"u8);
    }

    public void Number(long value, uint style)
    {
        Style(style);
        Ascii("><v>"u8);
        Long(value);
        Ascii("</v></c>"u8);
    }

    public void Blank(uint style)
    {
        Style(style);
        Ascii("/>"u8);
    }

    /// <summary>Writes what is buffered into the part.</summary>
    public void Flush()
    {
        part.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private void Style(uint style)
    {
        if (style < CellStart.Length)
        {
            Ascii(CellStart[style]);
            return;
        }

        Ascii("<c s=\""u8);
        Long(style);
        Ascii("\""u8);
    }

    /// <summary>Text content: &amp;, &lt; and &gt; escaped; characters XML 1.0 cannot hold left out.</summary>
    private void Escaped(string text)
    {
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAny(Special); i >= 0; i = rest.IndexOfAny(Special))
        {
            Utf8(rest[..i]);
            switch (rest[i])
            {
                case '&':
                    Ascii("&amp;"u8);
                    break;
                case '<':
                    Ascii("&lt;"u8);
                    break;
                case '>':
                    Ascii("&gt;"u8);
                    break;
            }

            rest = rest[(i + 1)..];
        }

        Utf8(rest);
    }

    private void Ascii(ReadOnlySpan<byte> bytes)
    {
        if (_used + bytes.Length > _buffer.Length)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                part.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        // A UTF-16 code unit is at most three UTF-8 bytes.
        if (_used + (text.Length * 3) > _buffer.Length)
        {
            Flush();
            if (text.Length * 3 > _buffer.Length)
            {
                Span<byte> one = stackalloc byte[4];
                foreach (var rune in text.EnumerateRunes())
                {
                    Ascii(one[..rune.EncodeToUtf8(one)]);
                }

                return;
            }
        }

        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    private void Long(long value)
    {
        if (_used + 20 > _buffer.Length)
        {
            Flush();
        }

        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var written);
        _used += written;
    }
}

using System.Globalization;
using System.Text;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>
/// A fast RFC 4180 reader for the import files: comma separated, optional double-quoted fields (""
/// escapes a quote, quoted fields may hold commas and line breaks). It yields one record at a time
/// and reuses its buffers, so a two-million-row file streams in constant memory.
/// What comes in is checked on the way: UTF-8 (with or without BOM) or UTF-16 with BOM only; no row
/// with more fields than the header; no control characters (a line break inside a quoted cell
/// excepted) nor bidirectional overrides; and every cell normalised to NFC, so a file saved in NFD
/// reads exactly as its NFC twin. A file that breaks these is refused with a
/// <see cref="CsvFormatException"/> naming the file, row and column.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string? _file;
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = new(16);
    private string[]? _header;
    private bool _spanned;

    public CsvReader(Stream stream, string? file = null)
        : this(new StreamReader(new Utf8GuardStream(stream, file), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), file)
    {
    }

    public CsvReader(TextReader reader, string? file = null)
    {
        _reader = reader;
        _file = file;
    }

    /// <summary>A text reader over an import file's bytes with the same encoding check as the CSV reader's (for readers of other formats).</summary>
    public static TextReader OpenText(Stream stream, string? file) =>
        new StreamReader(new Utf8GuardStream(stream, file), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);

    /// <summary>1-based line number in the file where the last record started (header = 1).</summary>
    public int Row { get; private set; }

    private int _physicalLine;

    /// <summary>Reads the next record, or null at the end of the file. Blank lines are skipped.</summary>
    public IReadOnlyList<string>? ReadRecord()
    {
        while (true)
        {
            var line = _reader.ReadLine();
            if (line is null)
            {
                return null;
            }

            _physicalLine++;
            if (line.Length == 0)
            {
                continue;
            }

            Row = _physicalLine;
            _fields.Clear();
            _spanned = false;
            if (line.IndexOf('"', StringComparison.Ordinal) < 0)
            {
                SplitPlain(line);
            }
            else
            {
                ParseQuoted(line);
            }

            // Printable ASCII needs no further look; anything else is checked and normalised cell by cell.
            if (_spanned || line.AsSpan().IndexOfAnyExceptInRange(' ', '~') >= 0)
            {
                for (var i = 0; i < _fields.Count; i++)
                {
                    _fields[i] = Clean(_fields[i], i);
                }
            }

            if (_header is null)
            {
                _header = [.. _fields];
            }
            else if (_fields.Count > _header.Length)
            {
                throw Refuse(ImportErrors.ExtraField,
                    $"Dòng có {N(_fields.Count)} trường nhưng dòng tiêu đề chỉ có {N(_header.Length)} cột; giá trị thừa '{_fields[_header.Length]}' không thuộc cột nào.",
                    $"#{N(_header.Length + 1)}");
            }

            return _fields;
        }
    }

    private string Clean(string cell, int index)
    {
        foreach (var c in cell)
        {
            if (VietnameseInput.Forbidden(c) is { } what)
            {
                throw Refuse(ImportErrors.BadCharacter, $"Ô chứa {what} U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}, không được phép trong dữ liệu nhập.", ColumnName(index));
            }
        }

        return cell.IsNormalized(NormalizationForm.FormC) ? cell : cell.Normalize(NormalizationForm.FormC);
    }

    private string ColumnName(int index) =>
        _header is not null && index < _header.Length ? _header[index].Trim().TrimStart('\uFEFF') : $"#{N(index + 1)}";

    private CsvFormatException Refuse(string code, string message, string? column) =>
        new(_file, new DomainError(code, message, column, Row));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private void SplitPlain(string line)
    {
        var start = 0;
        while (true)
        {
            var comma = line.IndexOf(',', start);
            if (comma < 0)
            {
                _fields.Add(line[start..]);
                return;
            }

            _fields.Add(line[start..comma]);
            start = comma + 1;
        }
    }

    private void ParseQuoted(string line)
    {
        _field.Clear();
        var inQuotes = false;
        var quoteColumn = 0;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (!inQuotes)
                {
                    _fields.Add(_field.ToString());
                    return;
                }

                // A quoted field continues on the next physical line.
                var next = _reader.ReadLine();
                if (next is null)
                {
                    throw Refuse(ImportErrors.OpenQuote,
                        $"Dấu ngoặc kép mở ở ký tự thứ {N(quoteColumn)} của dòng không được đóng trước khi hết tệp.", ColumnName(_fields.Count));
                }

                _physicalLine++;
                _spanned = true;
                _field.Append('\n');
                line = next;
                i = 0;
                continue;
            }

            var c = line[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        _field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else
                {
                    _field.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
                quoteColumn = i + 1;
            }
            else if (c == ',')
            {
                _fields.Add(_field.ToString());
                _field.Clear();
            }
            else
            {
                _field.Append(c);
            }

            i++;
        }
    }

    public void Dispose() => _reader.Dispose();
}

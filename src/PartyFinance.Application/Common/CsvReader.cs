using System.Text;

namespace PartyFinance.Application.Common;

/// <summary>
/// A fast RFC 4180 reader for the UTF-8 import files: comma separated, optional double-quoted
/// fields ("" escapes a quote, quoted fields may hold commas and line breaks). It yields one
/// record at a time and reuses its buffers, so a two-million-row file streams in constant memory.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = new(16);

    public CsvReader(Stream stream)
        : this(new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
    {
    }

    public CsvReader(TextReader reader) => _reader = reader;

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
            if (line.IndexOf('"', StringComparison.Ordinal) < 0)
            {
                SplitPlain(line);
                return _fields;
            }

            ParseQuoted(line);
            return _fields;
        }
    }

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
                var next = _reader.ReadLine() ?? throw new FormatException($"Dòng {Row}: dấu ngoặc kép chưa được đóng.");
                _physicalLine++;
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

using System.CommandLine;
using System.Globalization;

namespace PartyFinance.Cli;

/// <summary>
/// `--format csv` for lists and reports: RFC 4180 (comma, CRLF, fields with comma, quote or line break
/// quoted, quotes doubled), UTF-8, a header row, amounts as plain integers in đồng, dates yyyy-MM-dd.
/// </summary>
public static class Csv
{
    private static readonly HashSet<Command> Capable = [];

    /// <summary>Marks a command whose output has a CSV form; any other command refuses `--format csv`.</summary>
    public static Command Supported(Command command)
    {
        lock (Capable)
        {
            Capable.Add(command);
        }

        return command;
    }

    public static bool IsSupported(Command command)
    {
        lock (Capable)
        {
            return Capable.Contains(command);
        }
    }

    public static int Write(TextWriter w, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        w.Write(string.Join(',', header.Select(Field)) + "\r\n");
        foreach (var row in rows)
        {
            w.Write(string.Join(',', row.Select(Value)) + "\r\n");
        }

        return ExitCodes.Success;
    }

    private static string Value(object? value) => value switch
    {
        null => string.Empty,
        string s => Field(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => Field(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Field(value.ToString() ?? string.Empty),
    };

    private static string Field(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

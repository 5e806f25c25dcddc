namespace PartyFinance.Domain.Common;

/// <summary>The non-generic view of a <see cref="CodeTable{T}"/> (for the catalogue in <see cref="StableCodes"/> and its tests).</summary>
public interface ICodeTable
{
    Type EnumType { get; }

    /// <summary>Every value with its stable code, Vietnamese name and stored spelling, in declaration order.</summary>
    IReadOnlyList<CodeEntry> Entries { get; }

    /// <summary>The value whose code is <paramref name="code"/> (case-insensitive, trimmed), or null.</summary>
    Enum? FindByCode(string? code);

    /// <summary>The value whose stored spelling is exactly <paramref name="stored"/>, or null.</summary>
    Enum? FindByStored(string stored);
}

/// <summary>One row of a code table.</summary>
public sealed record CodeEntry(Enum Value, string Code, string Name, string Stored);

/// <summary>
/// The one declaration of an enum's spellings: the stable code written in files, typed on the command
/// line and printed in JSON (and stored in the database), and the Vietnamese name shown to a person.
/// A few columns written before schema version 8 hold the C# name instead of the code; such a row
/// names that stored spelling, so nothing stored changes. Every value must be declared exactly
/// once and codes are unique, checked when the table is built.
/// </summary>
public sealed class CodeTable<T> : ICodeTable
    where T : struct, Enum
{
    private readonly CodeEntry[] _entries;

    public CodeTable(params (T Value, string Code, string Name)[] rows)
        : this(WithStored(rows))
    {
    }

    // Built in every process that opens the books (the EF Core model stores every enum through its table), so written
    // without generic LINQ over T: each such call over a value type is compiled at run time, about a third of a second of start-up for 30 tables.
    public CodeTable(params (T Value, string Code, string Name, string Stored)[] rows)
    {
        _entries = new CodeEntry[rows.Length];
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var storedSeen = new HashSet<string>(StringComparer.Ordinal);
        var duplicateCodes = new List<string>();
        var duplicateStored = new List<string>();
        var empty = false;
        for (var i = 0; i < rows.Length; i++)
        {
            var (value, code, name, stored) = rows[i];
            _entries[i] = new CodeEntry(value, code, name, stored);
            empty |= string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name);
            if (!codes.Add(code ?? string.Empty))
            {
                duplicateCodes.Add(code!);
            }

            if (!storedSeen.Add(stored ?? string.Empty))
            {
                duplicateStored.Add(stored!);
            }
        }

        var missing = new List<string>();
        foreach (var declared in Enum.GetValues(typeof(T)))
        {
            var times = 0;
            foreach (var e in _entries)
            {
                times += e.Value.Equals(declared) ? 1 : 0;
            }

            if (times != 1)
            {
                missing.Add(declared.ToString()!);
            }
        }

        if (missing.Count > 0 || duplicateCodes.Count > 0 || duplicateStored.Count > 0 || empty)
        {
            throw new InvalidOperationException(
                $"Code table of {typeof(T).Name}: values not declared exactly once [{string.Join(", ", missing)}], duplicate codes [{string.Join(", ", duplicateCodes)}], " +
                $"duplicate stored spellings [{string.Join(", ", duplicateStored)}], or an empty code or name.");
        }
    }

    public Type EnumType => typeof(T);

    public IReadOnlyList<CodeEntry> Entries => _entries;

    public IEnumerable<string> Codes => _entries.Select(e => e.Code);

    public IEnumerable<T> Values => _entries.Select(e => (T)e.Value);

    public string Code(T value) => Entry(value).Code;

    public string Name(T value) => Entry(value).Name;

    public string Stored(T value) => Entry(value).Stored;

    public bool TryParse(string? code, out T value)
    {
        foreach (var e in _entries)
        {
            if (string.Equals(e.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = (T)e.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A stored spelling read back; one this application never writes means corrupt data.</summary>
    public T FromStored(string stored)
    {
        foreach (var e in _entries)
        {
            if (string.Equals(e.Stored, stored, StringComparison.Ordinal))
            {
                return (T)e.Value;
            }
        }

        throw new InvalidOperationException($"Stored value '{stored}' is not a known {typeof(T).Name}.");
    }

    public Enum? FindByCode(string? code) => TryParse(code, out var v) ? v : null;

    public Enum? FindByStored(string stored) => _entries.FirstOrDefault(e => string.Equals(e.Stored, stored, StringComparison.Ordinal))?.Value;

    private static (T, string, string, string)[] WithStored((T Value, string Code, string Name)[] rows)
    {
        var all = new (T, string, string, string)[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            all[i] = (rows[i].Value, rows[i].Code, rows[i].Name, rows[i].Code);
        }

        return all;
    }

    private CodeEntry Entry(T value)
    {
        foreach (var e in _entries)
        {
            if (EqualityComparer<T>.Default.Equals((T)e.Value, value))
            {
                return e;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No code for this {typeof(T).Name}.");
    }
}

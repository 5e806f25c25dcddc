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
        : this(rows.Select(r => (r.Value, r.Code, r.Name, r.Code)).ToArray())
    {
    }

    public CodeTable(params (T Value, string Code, string Name, string Stored)[] rows)
    {
        _entries = rows.Select(r => new CodeEntry(r.Value, r.Code, r.Name, r.Stored)).ToArray();
        var missing = Enum.GetValues<T>().Where(v => rows.Count(r => EqualityComparer<T>.Default.Equals(r.Value, v)) != 1).ToList();
        var codes = rows.GroupBy(r => r.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var stored = rows.GroupBy(r => r.Stored, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (missing.Count > 0 || codes.Count > 0 || stored.Count > 0 || rows.Any(r => string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Name)))
        {
            throw new InvalidOperationException(
                $"Code table of {typeof(T).Name}: values not declared exactly once [{string.Join(", ", missing)}], duplicate codes [{string.Join(", ", codes)}], " +
                $"duplicate stored spellings [{string.Join(", ", stored)}], or an empty code or name.");
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

using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The text cells of a Sổ cái line — date, voucher number, contra account — as a read-only dictionary of three
/// fixed keys: a book of millions of lines builds one small object per line instead of a hash table.
/// </summary>
internal sealed class BookTexts(string date, string number, string contra) : IReadOnlyDictionary<string, string>
{
    private static readonly string[] Names = ["date", "number", "contra"];

    public int Count => 3;

    public IEnumerable<string> Keys => Names;

    public IEnumerable<string> Values => [date, number, contra];

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => key is "date" or "number" or "contra";

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = key switch
        {
            "date" => date,
            "number" => number,
            "contra" => contra,
            _ => null,
        };
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        yield return new("date", date);
        yield return new("number", number);
        yield return new("contra", contra);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The amounts of a Sổ cái row — debit, credit, balance debit, balance credit, each possibly absent (a blank cell) —
/// as a read-only dictionary of those keys in that order: one small object per line of a book instead of a hash table.
/// </summary>
internal sealed class BookAmounts(long? debit, long? credit, long? balanceDebit, long? balanceCredit) : IReadOnlyDictionary<string, long>
{
    public int Count => (debit.HasValue ? 1 : 0) + (credit.HasValue ? 1 : 0) + (balanceDebit.HasValue ? 1 : 0) + (balanceCredit.HasValue ? 1 : 0);

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<long> Values => this.Select(p => p.Value);

    public long this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out long value)
    {
        var found = key switch
        {
            "debit" => debit,
            "credit" => credit,
            "balance_debit" => balanceDebit,
            "balance_credit" => balanceCredit,
            _ => null,
        };
        value = found.GetValueOrDefault();
        return found.HasValue;
    }

    public IEnumerator<KeyValuePair<string, long>> GetEnumerator()
    {
        foreach (var (key, value) in new[] { ("debit", debit), ("credit", credit), ("balance_debit", balanceDebit), ("balance_credit", balanceCredit) })
        {
            if (value is { } v)
            {
                yield return new(key, v);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

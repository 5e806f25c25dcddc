using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// Reads a voucher file (UTF-8, header row, comma separated): lines sharing a key form one voucher,
/// in the order keys first appear. Shape errors are collected with row and column; business rules
/// are left to <see cref="VoucherRules"/>.
/// </summary>
public static class VoucherCsvParser
{
    public static readonly string[] Required = ["key", "date", "unit", "type", "description", "account", "debit", "credit"];
    public static readonly string[] Optional = ["fund_source", "budget_item", "sector", "program", "counterparty"];

    /// <summary>The whole file at once: every voucher, wherever its lines are.</summary>
    public static (List<VoucherDraft> Drafts, List<DomainError> Errors, int Rows) Parse(Stream stream, string? file = null)
    {
        using var reading = new VoucherCsvReading(stream, file, grouped: false);
        var drafts = reading.Drafts().ToList();
        return (drafts, reading.Errors, reading.Rows);
    }
}

/// <summary>
/// One reading of a voucher file, giving its vouchers one by one. Whole (<c>grouped: false</c>): every key's lines are
/// gathered wherever they are in the file, so every voucher is held until the end. Grouped: a voucher is given out as
/// soon as a row with another key follows its lines, so only one voucher is held at a time — what `voucher export`
/// writes, and most files; a key that comes back after another key's lines stops the reading
/// (<see cref="Interleaved"/>), and the file must then be read whole. Both give the same vouchers, in the same order
/// (the order keys first appear), with the same errors, for a file whose keys' lines are together.
/// </summary>
public sealed class VoucherCsvReading(Stream stream, string? file, bool grouped) : IDisposable
{
    private readonly CsvReader _reader = new(stream, file);
    private bool _read;
    private int _errorsSoFar;

    /// <summary>Every shape error so far (all of them once <see cref="Drafts"/> has been read to its end), in row order.</summary>
    public List<DomainError> Errors { get; } = [];

    /// <summary>How many shape errors have been found so far; may be read from another thread while the drafts are read.</summary>
    public int ErrorsSoFar => Volatile.Read(ref _errorsSoFar);

    /// <summary>The data rows read so far.</summary>
    public int Rows { get; private set; }

    /// <summary>Grouped only: the row where a key came back after another key's lines; the reading stopped there.</summary>
    public int? Interleaved { get; private set; }

    public void Dispose() => _reader.Dispose();

    /// <summary>The vouchers, in the order their keys first appear; can be read once.</summary>
    public IEnumerable<VoucherDraft> Drafts()
    {
        if (_read)
        {
            throw new InvalidOperationException("A voucher file's reading gives its vouchers once.");
        }

        _read = true;
        return Read();
    }

    private IEnumerable<VoucherDraft> Read()
    {
        var header = CsvHeader.Read(_reader, VoucherCsvParser.Required, VoucherCsvParser.Optional);
        if (header.IsFailure)
        {
            Errors.AddRange(header.Errors);
            Volatile.Write(ref _errorsSoFar, Errors.Count);
            yield break;
        }

        var h = header.Value;
        var errors = Errors;
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);

        // Whole: every key's builder, in first-appearance order. Grouped: the builder being filled, and the keys given
        // out (as 64-bit hashes: a key given out costs 8 bytes, not its string; two keys of one hash read as a key that
        // came back, so such a file is read whole — slower, never wrong).
        var builders = grouped ? null : new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = grouped ? null : new List<Builder>();
        var given = grouped ? new HashSet<ulong>() : null;
        Builder? current = null;
        while (_reader.ReadRecord() is { } rec)
        {
            Rows++;
            var row = _reader.Row;
            var key = Values.Required(h.Get(rec, "key"), "key", row, errors);
            var date = Values.Date(h.Get(rec, "date"), "date", row, errors);
            var unit = Intern(Values.Required(h.Get(rec, "unit"), "unit", row, errors));
            var type = Intern(Values.Required(h.Get(rec, "type"), "type", row, errors));
            var account = Intern(Values.Required(h.Get(rec, "account"), "account", row, errors));
            var debit = Values.Amount(h.Get(rec, "debit"), "debit", row, errors);
            var credit = Values.Amount(h.Get(rec, "credit"), "credit", row, errors);
            var description = h.Get(rec, "description");
            Volatile.Write(ref _errorsSoFar, errors.Count);
            if (key is null || date is null || unit is null || type is null || account is null || debit is null || credit is null)
            {
                continue;
            }

            Builder? b;
            if (grouped)
            {
                if (current is not null && current.Key == key)
                {
                    b = current;
                }
                else
                {
                    if (current is not null)
                    {
                        given!.Add(Hash(current.Key));
                        yield return current.Draft();
                    }

                    if (given!.Contains(Hash(key)))
                    {
                        Interleaved = row;
                        yield break;
                    }

                    b = current = new Builder(key, date.Value, unit, type, description, row);
                }
            }
            else if (!builders!.TryGetValue(key, out b))
            {
                b = new Builder(key, date.Value, unit, type, description, row);
                builders.Add(key, b);
                order!.Add(b);
            }

            if (b.Row != row && (b.Date != date || b.Unit != unit || b.Type != type || (description.Length > 0 && description != b.Description)))
            {
                errors.Add(new DomainError(LedgerErrors.InconsistentHeader,
                    $"Dòng cùng mã chứng từ '{key}' (bắt đầu ở dòng {b.Row}) phải cùng ngày, đơn vị, loại và diễn giải.",
                    b.Date != date ? "date" : b.Unit != unit ? "unit" : b.Type != type ? "type" : "description", row));
                Volatile.Write(ref _errorsSoFar, errors.Count);
                continue;
            }

            b.Lines.Add(new PostingDraft(account, debit.Value, credit.Value,
                Intern(Values.Optional(h.Get(rec, "fund_source"))), Intern(Values.Optional(h.Get(rec, "budget_item"))),
                Intern(Values.Optional(h.Get(rec, "sector"))), Intern(Values.Optional(h.Get(rec, "program"))),
                Intern(Values.Optional(h.Get(rec, "counterparty"))), row));
        }

        if (current is not null)
        {
            yield return current.Draft();
        }

        foreach (var each in order ?? [])
        {
            yield return each.Draft();
        }

        string? Intern(string? s)
        {
            if (s is null)
            {
                return null;
            }

            if (!interned.TryGetValue(s, out var v))
            {
                interned[s] = v = s;
            }

            return v;
        }
    }

    /// <summary>FNV-1a over the key's UTF-16 code units, 64 bits: a million keys share a hash with odds of about one in 36 million.</summary>
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private sealed class Builder(string key, DateOnly date, string unit, string type, string description, int row)
    {
        public string Key { get; } = key;

        public DateOnly Date { get; } = date;

        public string Unit { get; } = unit;

        public string Type { get; } = type;

        public string Description { get; } = description;

        public int Row { get; } = row;

        public List<PostingDraft> Lines { get; } = new(2);

        public VoucherDraft Draft() => new(Key, Date, Unit, Type, Description, Lines, Row);
    }
}

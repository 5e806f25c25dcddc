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

    public static (List<VoucherDraft> Drafts, List<DomainError> Errors, int Rows) Parse(Stream stream, string? file = null)
    {
        using var reader = new CsvReader(stream, file);
        var errors = new List<DomainError>();
        var header = CsvHeader.Read(reader, Required, Optional);
        if (header.IsFailure)
        {
            return ([], [.. header.Errors], 0);
        }

        var h = header.Value;
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        var rows = 0;
        while (reader.ReadRecord() is { } rec)
        {
            rows++;
            var row = reader.Row;
            var key = Values.Required(h.Get(rec, "key"), "key", row, errors);
            var date = Values.Date(h.Get(rec, "date"), "date", row, errors);
            var unit = Intern(Values.Required(h.Get(rec, "unit"), "unit", row, errors));
            var type = Intern(Values.Required(h.Get(rec, "type"), "type", row, errors));
            var account = Intern(Values.Required(h.Get(rec, "account"), "account", row, errors));
            var debit = Values.Amount(h.Get(rec, "debit"), "debit", row, errors);
            var credit = Values.Amount(h.Get(rec, "credit"), "credit", row, errors);
            var description = h.Get(rec, "description");
            if (key is null || date is null || unit is null || type is null || account is null || debit is null || credit is null)
            {
                continue;
            }

            if (!builders.TryGetValue(key, out var b))
            {
                b = new Builder(key, date.Value, unit, type, description, row);
                builders.Add(key, b);
                order.Add(b);
            }
            else if (b.Date != date || b.Unit != unit || b.Type != type || (description.Length > 0 && description != b.Description))
            {
                errors.Add(new DomainError(LedgerErrors.InconsistentHeader,
                    $"Dòng cùng mã chứng từ '{key}' (bắt đầu ở dòng {b.Row}) phải cùng ngày, đơn vị, loại và diễn giải.",
                    b.Date != date ? "date" : b.Unit != unit ? "unit" : b.Type != type ? "type" : "description", row));
                continue;
            }

            b.Lines.Add(new PostingDraft(account, debit.Value, credit.Value,
                Intern(Values.Optional(h.Get(rec, "fund_source"))), Intern(Values.Optional(h.Get(rec, "budget_item"))),
                Intern(Values.Optional(h.Get(rec, "sector"))), Intern(Values.Optional(h.Get(rec, "program"))),
                Intern(Values.Optional(h.Get(rec, "counterparty"))), row));
        }

        var drafts = order.ConvertAll(b => new VoucherDraft(b.Key, b.Date, b.Unit, b.Type, b.Description, b.Lines, b.Row));
        return (drafts, errors, rows);

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

    private sealed class Builder(string key, DateOnly date, string unit, string type, string description, int row)
    {
        public string Key { get; } = key;

        public DateOnly Date { get; } = date;

        public string Unit { get; } = unit;

        public string Type { get; } = type;

        public string Description { get; } = description;

        public int Row { get; } = row;

        public List<PostingDraft> Lines { get; } = new(2);
    }
}

using System.Globalization;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Authority;

/// <summary>One record of a rules CSV: typed field readers that collect an error per bad cell.</summary>
internal sealed class RuleSetCsvRow(CsvHeader header, IReadOnlyList<string> record, int number)
{
    public delegate bool TryParseSlug<T>(string? slug, out T value);

    private readonly List<DomainError> _errors = [];

    public int Number { get; } = number;

    public IReadOnlyList<DomainError> Errors => _errors;

    public bool Has(string column) => header.Has(column);

    public string Text(string column) => header.Get(record, column);

    public void Error(string code, string column, string message) => _errors.Add(new DomainError(code, message, column, Number));

    public T? Slug<T>(string column, TryParseSlug<T> parse, IEnumerable<string> allowed)
        where T : struct
    {
        var text = Required(column);
        if (text is null)
        {
            return null;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Error(ImportErrors.BadValue, column, $"Giá trị '{text}' không hợp lệ; chỉ nhận: {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>The unit_kind cell; Kind is null for "any". Null result means the cell was bad.</summary>
    public (UnitKind? Kind, bool Ok)? UnitKind()
    {
        var text = Required("unit_kind");
        if (text is null)
        {
            return null;
        }

        if (UnitKindFilter.TryParse(text, out var kind))
        {
            return (kind, true);
        }

        Error(ImportErrors.BadValue, "unit_kind", $"Giá trị '{text}' không hợp lệ; chỉ nhận: {string.Join(", ", UnitKindFilter.Slugs)}.");
        return null;
    }

    public long? Amount(string column)
    {
        var text = Required(column);
        return text is null ? null : ParseAmount(column, text);
    }

    public long? OptionalAmount(string column)
    {
        var text = Text(column);
        return text.Length == 0 ? null : ParseAmount(column, text);
    }

    public DateOnly? Date(string column)
    {
        var text = Required(column);
        return text is null ? null : ParseDate(column, text);
    }

    public DateOnly? OptionalDate(string column)
    {
        var text = Text(column);
        return text.Length == 0 ? null : ParseDate(column, text);
    }

    private string? Required(string column)
    {
        var text = Text(column);
        if (text.Length > 0)
        {
            return text;
        }

        Error(ImportErrors.MissingValue, column, "Thiếu giá trị.");
        return null;
    }

    private long? ParseAmount(string column, string text)
    {
        if (VietnameseInput.TryAmount(text, allowNegative: false, out var value, out var problem))
        {
            return value;
        }

        Error(ImportErrors.BadNumber, column, problem);
        return null;
    }

    private DateOnly? ParseDate(string column, string text)
    {
        if (VietnameseInput.TryDate(text, out var date))
        {
            return date;
        }

        Error(ImportErrors.BadDate, column, $"'{text}' không phải ngày dạng {VietnameseInput.DateForms}.");
        return null;
    }
}

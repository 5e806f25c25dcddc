using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>Parsing of import cell values, each failure naming its row and column in Vietnamese.</summary>
public static class Values
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static long? Amount(string text, string column, int row, List<DomainError> errors)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text.Length > 18 || !text.All(char.IsAsciiDigit))
        {
            errors.Add(new DomainError(ImportErrors.BadNumber, $"Số tiền '{text}' phải là số nguyên đồng, chỉ gồm chữ số.", column, row));
            return null;
        }

        return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public static DateOnly? Date(string text, string column, int row, List<DomainError> errors, bool required = true)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new DomainError(ImportErrors.MissingValue, "Thiếu ngày.", column, row));
            }

            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors.Add(new DomainError(ImportErrors.BadDate, $"Ngày '{text}' không hợp lệ (dạng yyyy-MM-dd hoặc dd/MM/yyyy).", column, row));
        return null;
    }

    public static int? Year(string text, string column, int row, List<DomainError> errors)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1990 and <= 2100)
        {
            return y;
        }

        errors.Add(new DomainError(ImportErrors.BadValue, $"Năm '{text}' không hợp lệ.", column, row));
        return null;
    }

    public static string? Required(string text, string column, int row, List<DomainError> errors)
    {
        if (text.Length > 0)
        {
            return text;
        }

        errors.Add(new DomainError(ImportErrors.MissingValue, $"Thiếu giá trị cột {column}.", column, row));
        return null;
    }

    public static string? Optional(string text) => text.Length == 0 ? null : text;
}

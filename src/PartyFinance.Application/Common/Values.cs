using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>Parsing of import cell values, each failure naming its row and column in Vietnamese.</summary>
public static class Values
{
    public static long? Amount(string text, string column, int row, List<DomainError> errors)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!VietnameseInput.TryAmount(text, allowNegative: false, out var amount, out var problem))
        {
            errors.Add(new DomainError(ImportErrors.BadNumber, problem, column, row));
            return null;
        }

        return amount;
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

        if (VietnameseInput.TryDate(text, out var d))
        {
            return d;
        }

        errors.Add(new DomainError(ImportErrors.BadDate, $"Ngày '{text}' không hợp lệ (dạng {VietnameseInput.DateForms}).", column, row));
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

    /// <summary>A required code or key column: no line break, no invisible format character (<see cref="VietnameseInput.CodeProblem"/>).</summary>
    public static string? Code(string text, string column, int row, List<DomainError> errors)
    {
        if (Required(text, column, row, errors) is not { } code)
        {
            return null;
        }

        if (VietnameseInput.CodeProblem(code) is { } problem)
        {
            errors.Add(new DomainError(ImportErrors.BadCharacter, "Mã " + problem, column, row));
            return null;
        }

        return code;
    }

    public static string? Optional(string text) => text.Length == 0 ? null : text;
}

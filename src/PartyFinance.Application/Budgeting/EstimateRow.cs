using System.Globalization;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>Cell parsers of the estimates import; each adds a Vietnamese error naming its column.</summary>
internal static class EstimateRow
{
    public static int Int(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        if (int.TryParse(h.Get(r, column), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 2000 and <= 2100)
        {
            return v;
        }

        errors.Add(new DomainError(ImportErrors.BadNumber, $"Năm '{h.Get(r, column)}' không hợp lệ.", column));
        return 0;
    }

    public static long Long(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        if (VietnameseInput.TryAmount(h.Get(r, column), allowNegative: false, out var v, out var problem) && v > 0)
        {
            return v;
        }

        errors.Add(new DomainError(ImportErrors.BadNumber, problem.Length > 0 ? problem : $"Số tiền '{h.Get(r, column)}' phải là số nguyên dương (đồng).", column));
        return 0;
    }

    public static DateOnly Date(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        if (VietnameseInput.TryDate(h.Get(r, column), out var d))
        {
            return d;
        }

        errors.Add(new DomainError(ImportErrors.BadDate, $"Ngày '{h.Get(r, column)}' không đúng dạng {VietnameseInput.DateForms}.", column));
        return default;
    }

    public static Autonomy Autonomy(CsvHeader h, IReadOnlyList<string> r, List<DomainError> errors)
    {
        if (AutonomyCodes.TryParse(h.Get(r, "autonomy"), out var a))
        {
            return a;
        }

        errors.Add(new DomainError(ImportErrors.BadValue, $"'{h.Get(r, "autonomy")}' phải là autonomous hoặc non-autonomous.", "autonomy"));
        return default;
    }
}

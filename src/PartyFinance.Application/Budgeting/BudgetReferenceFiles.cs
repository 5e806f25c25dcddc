using System.Globalization;
using PartyFinance.Application.Common;
using PartyFinance.Application.Posting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Reads db/budget/calendar.csv and carry-forward.csv, and the posting rules of the sibling
/// db/posting folder (posting-rules.csv, account-roles.csv). Every bad cell is reported with its
/// file, row and column; nothing is returned unless every file is clean.
/// </summary>
public static class BudgetReferenceFiles
{
    public static Result<BudgetReference> LoadDirectory(string directory)
    {
        var posting = Path.Combine(directory, "..", "posting");
        using var calendar = File.OpenText(Path.Combine(directory, "calendar.csv"));
        using var carry = File.OpenText(Path.Combine(directory, "carry-forward.csv"));
        using var rules = File.OpenText(Path.Combine(posting, "posting-rules.csv"));
        using var roles = File.OpenText(Path.Combine(posting, "account-roles.csv"));
        return Load(calendar, carry, rules, roles);
    }

    public static Result<BudgetReference> Load(TextReader calendar, TextReader carryForward, TextReader postingRules, TextReader accountRoles)
    {
        var errors = new List<DomainError>();
        var rules = Read(calendar, "calendar.csv", ["rule", "month", "day", "valid_from", "valid_to", "source", "verified"], errors, (h, r, e) =>
            new CalendarRule(h.Get(r, "rule"), Int(h, r, "month", e), Int(h, r, "day", e), Date(h, r, "valid_from", e) ?? DateOnly.MinValue,
                Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        var carry = Read(carryForward, "carry-forward.csv", ["letter", "rule", "valid_from", "valid_to", "source", "verified"], errors, (h, r, e) =>
            new CarryForwardRule(h.Get(r, "letter"), h.Get(r, "rule"), Date(h, r, "valid_from", e) ?? DateOnly.MinValue,
                Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        var book = PostingReferenceFiles.Read(postingRules, accountRoles, errors);
        return errors.Count > 0
            ? Result.Failure<BudgetReference>(errors)
            : Result.Success(new BudgetReference(new BudgetCalendar(rules), book, carry));
    }

    /// <summary>Reads a rules file; each error names <paramref name="file"/>, its row and column.</summary>
    internal static List<T> Read<T>(TextReader text, string? file, string[] columns, List<DomainError> errors, Func<CsvHeader, IReadOnlyList<string>, List<DomainError>, T> build)
    {
        using var reader = new CsvReader(text);
        var header = CsvHeader.Read(reader, columns, []);
        if (header.IsFailure)
        {
            errors.AddRange(header.Errors.Select(e => file is null ? e : e with { Message = file + ": " + e.Message }));
            return [];
        }

        var list = new List<T>();
        while (reader.ReadRecord() is { } record)
        {
            var rowErrors = new List<DomainError>();
            var item = build(header.Value, record, rowErrors);
            errors.AddRange(rowErrors.Select(e => file is null ? e.AtRow(reader.Row) : e.AtRow(reader.Row) with { Message = file + ": " + e.Message }));
            list.Add(item);
        }

        return list;
    }

    internal static int Int(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        if (int.TryParse(h.Get(r, column), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new DomainError(ImportErrors.BadNumber, $"'{h.Get(r, column)}' không phải số nguyên.", column));
        return 1;
    }

    internal static DateOnly? Date(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        var text = h.Get(r, column);
        if (text.Length == 0 && column == "valid_to")
        {
            return null;
        }

        if (VietnameseInput.TryDate(text, out var d))
        {
            return d;
        }

        errors.Add(new DomainError(ImportErrors.BadDate, $"Ngày '{text}' không đúng dạng {VietnameseInput.DateForms}.", column));
        return null;
    }

    private static Autonomy Autonomy(CsvHeader h, IReadOnlyList<string> r, List<DomainError> errors)
    {
        if (AutonomyCodes.TryParse(h.Get(r, "autonomy"), out var a))
        {
            return a;
        }

        errors.Add(new DomainError(ImportErrors.BadValue, $"'{h.Get(r, "autonomy")}' phải là autonomous hoặc non-autonomous.", "autonomy"));
        return default;
    }
}

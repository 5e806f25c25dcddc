using System.Globalization;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Reads db/budget/calendar.csv, expense-accounts.csv and carry-forward.csv. Every bad cell is
/// reported with its row and column; nothing is returned unless all three files are clean.
/// </summary>
public static class BudgetReferenceFiles
{
    public static Result<BudgetReference> LoadDirectory(string directory)
    {
        using var calendar = File.OpenText(Path.Combine(directory, "calendar.csv"));
        using var expense = File.OpenText(Path.Combine(directory, "expense-accounts.csv"));
        using var carry = File.OpenText(Path.Combine(directory, "carry-forward.csv"));
        return Load(calendar, expense, carry);
    }

    public static Result<BudgetReference> Load(TextReader calendar, TextReader expenseAccounts, TextReader carryForward)
    {
        var errors = new List<DomainError>();
        var rules = Read(calendar, ["rule", "month", "day", "valid_from", "valid_to", "source", "verified"], errors, (h, r, e) =>
            new CalendarRule(h.Get(r, "rule"), Int(h, r, "month", e), Int(h, r, "day", e), Date(h, r, "valid_from", e) ?? DateOnly.MinValue,
                Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        var accounts = Read(expenseAccounts, ["autonomy", "item_from", "item_to", "account", "valid_from", "valid_to", "source", "verified"], errors, (h, r, e) =>
            new ExpenseAccountRule(Autonomy(h, r, e), Int(h, r, "item_from", e), Int(h, r, "item_to", e), h.Get(r, "account"),
                Date(h, r, "valid_from", e) ?? DateOnly.MinValue, Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        var carry = Read(carryForward, ["letter", "rule", "valid_from", "valid_to", "source", "verified"], errors, (h, r, e) =>
            new CarryForwardRule(h.Get(r, "letter"), h.Get(r, "rule"), Date(h, r, "valid_from", e) ?? DateOnly.MinValue,
                Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        return errors.Count > 0
            ? Result.Failure<BudgetReference>(errors)
            : Result.Success(new BudgetReference(new BudgetCalendar(rules), new ExpenseAccountMap(accounts), carry));
    }

    private static List<T> Read<T>(TextReader text, string[] columns, List<DomainError> errors, Func<CsvHeader, IReadOnlyList<string>, List<DomainError>, T> build)
    {
        using var reader = new CsvReader(text);
        var header = CsvHeader.Read(reader, columns, []);
        if (header.IsFailure)
        {
            errors.AddRange(header.Errors);
            return [];
        }

        var list = new List<T>();
        while (reader.ReadRecord() is { } record)
        {
            var rowErrors = new List<DomainError>();
            var item = build(header.Value, record, rowErrors);
            errors.AddRange(rowErrors.Select(e => e.AtRow(reader.Row)));
            list.Add(item);
        }

        return list;
    }

    private static int Int(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        if (int.TryParse(h.Get(r, column), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new DomainError(ImportErrors.BadNumber, $"'{h.Get(r, column)}' không phải số nguyên.", column));
        return 1;
    }

    private static DateOnly? Date(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
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

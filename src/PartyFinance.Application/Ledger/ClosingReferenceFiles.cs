using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// Reads db/posting/closing-accounts.csv (which revenue and expense accounts close into which 911 and
/// 421 accounts) and opening-carry.csv (which closing balances become next year's openings). Every
/// bad cell is reported with file, row and column; a 911 account closing into two 421 accounts is refused.
/// </summary>
public static class ClosingReferenceFiles
{
    public static Result<YearClosing> LoadDirectory(string postingDirectory)
    {
        using var accounts = File.OpenText(Path.Combine(postingDirectory, "closing-accounts.csv"));
        using var carry = File.OpenText(Path.Combine(postingDirectory, "opening-carry.csv"));
        return Load(accounts, carry);
    }

    public static Result<YearClosing> Load(TextReader closingAccounts, TextReader openingCarry)
    {
        var errors = new List<DomainError>();
        var accounts = BudgetReferenceFiles.Read(closingAccounts, "closing-accounts.csv", ["account", "kind", "result", "surplus", "valid_from", "valid_to", "source", "verified"],
            errors, (h, r, e) => new ClosingAccountRule(Required(h, r, "account", e), Kind(h.Get(r, "kind"), e), Required(h, r, "result", e), Required(h, r, "surplus", e),
                BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        var carry = BudgetReferenceFiles.Read(openingCarry, "opening-carry.csv", ["account", "treatment", "target", "valid_from", "valid_to", "source", "verified"],
            errors, (h, r, e) => new OpeningCarryRule(Required(h, r, "account", e), Treatment(h.Get(r, "treatment"), e), h.Get(r, "target") is { Length: > 0 } t ? t : null,
                BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e), h.Get(r, "source"), h.Get(r, "verified")));
        foreach (var clash in accounts.GroupBy(a => (a.Result, a.ValidFrom)).Where(g => g.Select(a => a.Surplus).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            errors.Add(new DomainError(ImportErrors.BadValue, $"closing-accounts.csv: TK {clash.Key.Result} kết chuyển vào nhiều TK 421 ({string.Join(", ", clash.Select(a => a.Surplus).Distinct(StringComparer.Ordinal))}).", "surplus"));
        }

        return errors.Count > 0 ? Result.Failure<YearClosing>(errors) : Result.Success(new YearClosing(accounts, carry));
    }

    private static string Required(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        var text = h.Get(r, column);
        if (text.Length == 0)
        {
            errors.Add(new DomainError(ImportErrors.BadValue, $"Thiếu giá trị cột '{column}'.", column));
        }

        return text;
    }

    private static ClosingKind Kind(string text, List<DomainError> errors)
    {
        switch (text)
        {
            case "revenue":
                return ClosingKind.Revenue;
            case "expense":
                return ClosingKind.Expense;
            default:
                errors.Add(new DomainError(ImportErrors.BadValue, $"'{text}' không hợp lệ ở cột kind (một trong: revenue, expense).", "kind"));
                return ClosingKind.Revenue;
        }
    }

    private static CarryTreatment Treatment(string text, List<DomainError> errors)
    {
        switch (text)
        {
            case "carry":
                return CarryTreatment.Carry;
            case "not-carried":
                return CarryTreatment.NotCarried;
            default:
                errors.Add(new DomainError(ImportErrors.BadValue, $"'{text}' không hợp lệ ở cột treatment (một trong: carry, not-carried).", "treatment"));
                return CarryTreatment.Carry;
        }
    }
}

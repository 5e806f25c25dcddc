using System.Globalization;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Posting;

/// <summary>
/// Reads db/posting/posting-rules.csv (event → entries) and account-roles.csv (role → account per
/// fund source). Every rule's role must have at least one account row, so a rule can never name
/// a role the data forgot.
/// </summary>
public static class PostingReferenceFiles
{
    private static readonly string[] RuleColumns =
        ["event", "category", "voucher_type", "line", "side", "role", "amount", "dimensions", "valid_from", "valid_to", "source", "verified"];

    private static readonly string[] RoleColumns =
        ["role", "fund_source", "autonomy", "year", "item_from", "item_to", "account", "valid_from", "valid_to", "source", "verified"];

    public static PostingRuleBook Read(TextReader rules, TextReader roles, List<DomainError> errors)
    {
        var postingRules = BudgetReferenceFiles.Read(rules, "posting-rules.csv", RuleColumns, errors, (h, r, e) => new PostingRule(
            Required(h, r, "event", e), Enum(h, r, "category", e, ("estimate", PostingCategory.Estimate), ("spending", PostingCategory.Spending), ("year-end", PostingCategory.YearEnd), ("asset", PostingCategory.Asset), ("closing", PostingCategory.Closing)),
            Required(h, r, "voucher_type", e), BudgetReferenceFiles.Int(h, r, "line", e),
            Enum(h, r, "side", e, ("debit", true), ("credit", false)), Required(h, r, "role", e), Required(h, r, "amount", e),
            Enum(h, r, "dimensions", e, ("budget", PostingDimensions.Budget), ("payee", PostingDimensions.Payee), ("fund", PostingDimensions.Fund), ("none", PostingDimensions.None)),
            BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e),
            h.Get(r, "source"), h.Get(r, "verified")));
        var accountRoles = BudgetReferenceFiles.Read(roles, "account-roles.csv", RoleColumns, errors, (h, r, e) => new AccountRole(
            Required(h, r, "role", e), Any(h.Get(r, "fund_source")),
            Any(h.Get(r, "autonomy")) is { } a ? AutonomyCodes.TryParse(a, out var au) ? au : Bad<Autonomy>(e, "autonomy", a) : null,
            Any(h.Get(r, "year")) is { } y ? Enum(h, r, "year", e, ("current", EstimateYear.Current), ("prior", EstimateYear.Prior)) : null,
            OptionalInt(h, r, "item_from", e), OptionalInt(h, r, "item_to", e), Required(h, r, "account", e),
            BudgetReferenceFiles.Date(h, r, "valid_from", e) ?? DateOnly.MinValue, BudgetReferenceFiles.Date(h, r, "valid_to", e),
            h.Get(r, "source"), h.Get(r, "verified")));
        foreach (var role in postingRules.Select(r => r.Role).Distinct(StringComparer.Ordinal).Where(role => accountRoles.All(a => a.Role != role)))
        {
            errors.Add(new DomainError(ImportErrors.BadValue, $"posting-rules.csv: vai trò '{role}' không có tài khoản nào trong account-roles.csv.", "role"));
        }

        return new PostingRuleBook(postingRules, new AccountRoleMap(accountRoles));
    }

    private static string? Any(string text) => text is "" or "*" ? null : text;

    private static string Required(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors)
    {
        var text = h.Get(r, column);
        if (text.Length == 0)
        {
            errors.Add(new DomainError(ImportErrors.BadValue, $"Thiếu giá trị cột '{column}'.", column));
        }

        return text;
    }

    private static int? OptionalInt(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors) =>
        h.Get(r, column).Length == 0 ? null : BudgetReferenceFiles.Int(h, r, column, errors);

    private static T Enum<T>(CsvHeader h, IReadOnlyList<string> r, string column, List<DomainError> errors, params (string Code, T Value)[] values)
    {
        var text = h.Get(r, column);
        foreach (var (code, value) in values)
        {
            if (string.Equals(code, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return Bad<T>(errors, column, text, string.Join(", ", values.Select(v => v.Code)));
    }

    private static T Bad<T>(List<DomainError> errors, string column, string text, string? allowed = null)
    {
        errors.Add(new DomainError(ImportErrors.BadValue,
            string.Create(CultureInfo.InvariantCulture, $"'{text}' không hợp lệ ở cột {column}") + (allowed is null ? "." : $" (một trong: {allowed})."), column));
        return default!;
    }
}

using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Chooses the expense account (611x leaf) for a budget item; the mapping is data, not code.</summary>
public sealed record ExpenseAccountMap(IReadOnlyList<ExpenseAccountRule> Rules)
{
    public const string NoMapping = "budget.expense-account-unmapped";

    public Result<string> AccountFor(Autonomy autonomy, string budgetItem, DateOnly date)
    {
        if (int.TryParse(budgetItem, NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            && Rules.FirstOrDefault(r => r.Matches(autonomy, item, date)) is { } rule)
        {
            return Result.Success(rule.Account);
        }

        return new DomainError(NoMapping,
            $"Chưa có tài khoản chi phí cho mục '{budgetItem}' ({autonomy.Code()}) ngày {VietnameseFormat.Date(date)} trong db/budget/expense-accounts.csv.",
            "budget_item");
    }
}

using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>The budget rules loaded from db/budget: calendar, expense-account mapping, carry-forward categories.</summary>
public sealed record BudgetReference(BudgetCalendar Calendar, ExpenseAccountMap ExpenseAccounts, IReadOnlyList<CarryForwardRule> CarryForward);

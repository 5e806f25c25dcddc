using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Budgeting;

/// <summary>The budget rules loaded from db/budget and db/posting: calendar, posting rules with their account roles, carry-forward categories.</summary>
public sealed record BudgetReference(BudgetCalendar Calendar, PostingRuleBook Posting, IReadOnlyList<CarryForwardRule> CarryForward);

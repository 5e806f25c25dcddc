using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Application.Budgeting;

/// <summary>The authority question: a one-off request's amount, or a recurring plan's yearly total.</summary>
public sealed record AuthorityQuestion(string Unit, long Amount, SpendingKind Kind, DateOnly Date);

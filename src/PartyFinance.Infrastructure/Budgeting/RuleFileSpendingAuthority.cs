using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using BudgetSpendingKind = PartyFinance.Domain.Budgeting.SpendingKind;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// <see cref="ISpendingAuthority"/> over a rule CSV (default db/budget/spending-limits.csv, a SAMPLE
/// quy chế chi tiêu nội bộ) read with <see cref="RuleSetCsvParser"/> and decided by
/// <see cref="AuthorityEngine"/> (action spend, any asset class, per package, by spending kind).
/// The decider is answered as its slug ("unit-head" …); a user may act for it when the
/// <see cref="IApproverDirectory"/> says they hold its role (unit head: of the proposing unit;
/// the others: province-wide). Stop-gap until the stored authority rules and users are merged.
/// </summary>
public sealed class RuleFileSpendingAuthority(IReadOnlyList<RuleSet> ruleSets, IApproverDirectory approvers) : ISpendingAuthority
{
    public static Result<RuleFileSpendingAuthority> Load(TextReader rules, IApproverDirectory approvers)
    {
        var sets = RuleSetCsvParser.Parse(rules);
        return sets.IsFailure ? Result.Failure<RuleFileSpendingAuthority>(sets.Errors) : Result.Success(new RuleFileSpendingAuthority(sets.Value, approvers));
    }

    public Task<Result<string>> RequiredDeciderAsync(Application.Budgeting.AuthorityQuestion question, CancellationToken ct)
    {
        var kind = question.Kind switch
        {
            BudgetSpendingKind.Recurring => SpendingKind.Recurring,
            BudgetSpendingKind.OneOff => SpendingKind.OneOff,
        };
        var decision = AuthorityEngine.Decide(ruleSets, new Domain.Authority.AuthorityQuestion(
            AuthorityAction.Spend, AssetClass.Any, null, Funding.Any, ValueBasis.PerPackage, kind, question.Amount, question.Date));
        return Task.FromResult(decision.IsFailure ? Result.Failure<string>(decision.Errors) : Result.Success(decision.Value.Decider.ToSlug()));
    }

    public async Task<bool> MayActForAsync(string user, string decider, string unit, DateOnly date, CancellationToken ct)
    {
        if (!Deciders.TryParse(decider, out var d))
        {
            return false;
        }

        var (role, scope) = d.ApproverGrant(unit);
        return await approvers.HoldsAsync(user, role, scope, date, ct);
    }
}

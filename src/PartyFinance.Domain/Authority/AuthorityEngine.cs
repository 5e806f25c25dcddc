using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// Answers "who decides?" from a catalogue of rule sets. There is no default: no rule set in
/// force or no rule is a refusal, never an allow.
/// </summary>
public static class AuthorityEngine
{
    public static Result<AuthorityDecision> Decide(IEnumerable<RuleSet> catalogue, AuthorityQuestion question)
    {
        if (question.Value < 0)
        {
            return new DomainError(AuthorityErrors.BadQuestion, "Giá trị cần quyết định không được âm.", "value");
        }

        var date = VietnameseFormat.Date(question.Date);
        var inForce = catalogue.Where(s => s.IsInForceOn(question.Date) && s.Covers(question.Action)).ToList();
        if (inForce.Count == 0)
        {
            return new DomainError(AuthorityErrors.NoRuleSet, $"Không có bộ quy tắc phân cấp nào cho hành động {question.Action.VietnameseName()} có hiệu lực ngày {date}: không xác định được người có thẩm quyền.");
        }

        if (inForce.Count > 1)
        {
            var names = string.Join("; ", inForce.Select(s => $"'{s.Name}' ({s.DescribePeriod()})"));
            return new DomainError(AuthorityErrors.RuleSetsInForceTwice, $"Ngày {date} có nhiều bộ quy tắc cùng hiệu lực cho hành động {question.Action.VietnameseName()}: {names}. Cần sửa hiệu lực trước khi quyết định.");
        }

        var set = inForce[0];
        if (question.Action == AuthorityAction.Spend && question.SpendingKind == SpendingKind.Any)
        {
            return DecideAnySpending(set, question);
        }

        var rule = Match(set, question);
        return rule.IsFailure
            ? Result.Failure<AuthorityDecision>(rule.Errors)
            : Result.Success(new AuthorityDecision(rule.Value.Decider, set.Name, set.DecisionNo, rule.Value.Citation, rule.Value.RequiresOpinion, rule.Value.Row));
    }

    /// <summary>
    /// A spend question that does not say whether the spending is recurring or one-off is answered
    /// by the decider competent whichever kind it turns out to be: each kind is asked and the
    /// higher-ranked answer wins (equal rank: the one-off rule is cited). If either kind has no
    /// rule, nobody is known to be competent for both, so the question is refused.
    /// </summary>
    private static Result<AuthorityDecision> DecideAnySpending(RuleSet set, AuthorityQuestion question)
    {
        var answers = new List<AuthorityRule>();
        foreach (var kind in new[] { SpendingKind.OneOff, SpendingKind.Recurring })
        {
            var rule = Match(set, question with { SpendingKind = kind });
            if (rule.IsFailure)
            {
                return Result.Failure<AuthorityDecision>(rule.Errors);
            }

            answers.Add(rule.Value);
        }

        var chosen = answers.MaxBy(r => r.Decider.Rank())!;
        return Result.Success(new AuthorityDecision(chosen.Decider, set.Name, set.DecisionNo, chosen.Citation, chosen.RequiresOpinion, chosen.Row));
    }

    private static Result<AuthorityRule> Match(RuleSet set, AuthorityQuestion question)
    {
        var matches = set.Rules.Where(r => r.Answers(question)).ToList();
        if (matches.Count == 0)
        {
            return new DomainError(
                AuthorityErrors.NoRule,
                $"Bộ quy tắc '{set.Name}' không có quy tắc cho {question.Action.ToSlug()}/{question.AssetClass.ToSlug()}/{UnitKindFilter.ToSlug(question.UnitKind)}/{question.Funding.ToSlug()}/{question.Basis.ToSlug()}/{question.SpendingKind.ToSlug()} với giá trị {VietnameseFormat.Amount(question.Value)}: không được phép quyết định khi chưa có quy định.");
        }

        if (matches.Count > 1)
        {
            throw new InvalidOperationException($"Rule set '{set.Name}' answers one question with {matches.Count} rules; RuleSet.Create refuses overlaps.");
        }

        return Result.Success(matches[0]);
    }
}

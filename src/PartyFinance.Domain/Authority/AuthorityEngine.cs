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
        var inForce = catalogue.Where(s => s.IsInForceOn(question.Date)).ToList();
        if (inForce.Count == 0)
        {
            return new DomainError(AuthorityErrors.NoRuleSet, $"Không có bộ quy tắc phân cấp nào có hiệu lực ngày {date}: không xác định được người có thẩm quyền.");
        }

        if (inForce.Count > 1)
        {
            var names = string.Join("; ", inForce.Select(s => $"'{s.Name}' ({s.DescribePeriod()})"));
            return new DomainError(AuthorityErrors.RuleSetsInForceTwice, $"Ngày {date} có nhiều bộ quy tắc cùng hiệu lực: {names}. Cần sửa hiệu lực trước khi quyết định.");
        }

        var set = inForce[0];
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

        var rule = matches[0];
        return Result.Success(new AuthorityDecision(rule.Decider, set.Name, set.DecisionNo, rule.Citation, rule.RequiresOpinion, rule.Row));
    }
}

using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// A delegation decision (e.g. Bắc Ninh 332-QĐ/TU) as data: who issued it, when it is in force
/// (both ends inclusive, EffectiveTo null = open-ended) and its rules. It cannot exist with an
/// invalid rule, an overlap or a hole: <see cref="Create"/> refuses them all at once.
/// </summary>
public sealed class RuleSet
{
    private RuleSet(string name, string issuer, string decisionNo, DateOnly decisionDate, DateOnly effectiveFrom, DateOnly? effectiveTo, IReadOnlyList<AuthorityRule> rules, string verified)
    {
        Verified = verified;
        Name = name;
        Issuer = issuer;
        DecisionNo = decisionNo;
        DecisionDate = decisionDate;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Rules = rules;
    }

    public string Name { get; }

    public string Issuer { get; }

    public string DecisionNo { get; }

    public DateOnly DecisionDate { get; }

    public DateOnly EffectiveFrom { get; }

    public DateOnly? EffectiveTo { get; }

    public IReadOnlyList<AuthorityRule> Rules { get; }

    /// <summary>V verified in the signed text, S secondary source, U unverified (shipped samples are U).</summary>
    public string Verified { get; }

    /// <summary>The actions this set has rules for: its scope in the catalogue.</summary>
    public IReadOnlySet<AuthorityAction> Actions => Rules.Select(r => r.Action).ToHashSet();

    public bool Covers(AuthorityAction action) => Rules.Any(r => r.Action == action);

    /// <summary>
    /// Two sets may be in force on the same day only when they answer different actions (a
    /// delegation decision on assets beside an internal spending regulation); this says they clash.
    /// </summary>
    public bool ClashesWith(RuleSet other) => PeriodOverlaps(other) && Actions.Overlaps(other.Actions);

    public static Result<RuleSet> Create(
        string name, string issuer, string decisionNo, DateOnly decisionDate, DateOnly effectiveFrom, DateOnly? effectiveTo, IEnumerable<AuthorityRule> rules,
        string verified = "U")
    {
        var list = rules.ToList().AsReadOnly();
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new DomainError(AuthorityErrors.RuleSetInvalid, "Thiếu tên bộ quy tắc.", "rule_set"));
        }

        if (string.IsNullOrWhiteSpace(issuer))
        {
            errors.Add(new DomainError(AuthorityErrors.RuleSetInvalid, $"Bộ quy tắc '{name}' thiếu cơ quan ban hành.", "issuer"));
        }

        if (string.IsNullOrWhiteSpace(decisionNo))
        {
            errors.Add(new DomainError(AuthorityErrors.RuleSetInvalid, $"Bộ quy tắc '{name}' thiếu số quyết định.", "decision_no"));
        }

        if (effectiveTo is { } to && to < effectiveFrom)
        {
            errors.Add(new DomainError(
                AuthorityErrors.RuleSetInvalid,
                $"Bộ quy tắc '{name}': ngày hết hiệu lực {VietnameseFormat.Date(to)} trước ngày có hiệu lực {VietnameseFormat.Date(effectiveFrom)}.",
                "effective_to"));
        }

        if (verified is not ("V" or "S" or "U"))
        {
            errors.Add(new DomainError(AuthorityErrors.RuleSetInvalid, $"Bộ quy tắc '{name}': dấu kiểm chứng '{verified}' phải là V, S hoặc U.", "verified"));
        }

        if (list.Count == 0)
        {
            errors.Add(new DomainError(AuthorityErrors.RuleSetEmpty, $"Bộ quy tắc '{name}' không có quy tắc nào."));
        }

        var ruleErrors = list.SelectMany(r => r.Validate()).ToList();
        errors.AddRange(ruleErrors);
        if (ruleErrors.Count == 0)
        {
            // Overlaps and holes only make sense between well-formed bands.
            errors.AddRange(RuleSetConsistency.FindOverlaps(list));
            errors.AddRange(RuleSetConsistency.FindGaps(list));
        }

        return errors.Count > 0
            ? Result.Failure<RuleSet>(errors)
            : Result.Success(new RuleSet(name.Trim(), issuer.Trim(), decisionNo.Trim(), decisionDate, effectiveFrom, effectiveTo, list, verified));
    }

    /// <summary>
    /// This set with its force ending on <paramref name="lastDay"/> (inclusive), so that a
    /// replacement can start the next day. Ending only shortens: a date before the start, or after
    /// an end already set, is refused.
    /// </summary>
    public Result<RuleSet> EndOn(DateOnly lastDay)
    {
        if (lastDay < EffectiveFrom)
        {
            return new DomainError(AuthorityErrors.BadRuleSetEnd, $"Bộ quy tắc '{Name}' có hiệu lực từ {VietnameseFormat.Date(EffectiveFrom)}; không thể kết thúc ngày {VietnameseFormat.Date(lastDay)}.", "date");
        }

        if (EffectiveTo is { } to && lastDay > to)
        {
            return new DomainError(AuthorityErrors.BadRuleSetEnd, $"Bộ quy tắc '{Name}' đã hết hiệu lực ngày {VietnameseFormat.Date(to)}; chỉ có thể kết thúc sớm hơn.", "date");
        }

        return Result.Success(new RuleSet(Name, Issuer, DecisionNo, DecisionDate, EffectiveFrom, lastDay, Rules, Verified));
    }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>True when some date lies in both sets' periods of force.</summary>
    public bool PeriodOverlaps(RuleSet other) =>
        (other.EffectiveTo is null || EffectiveFrom <= other.EffectiveTo) && (EffectiveTo is null || other.EffectiveFrom <= EffectiveTo);

    public string DescribePeriod() =>
        $"{VietnameseFormat.Date(EffectiveFrom)} – {(EffectiveTo is { } to ? VietnameseFormat.Date(to) : "nay")}";
}

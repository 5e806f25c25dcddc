using System.Globalization;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// Finds overlaps and holes in one rule set.
///
/// How "any" works: a rule with "any" in a dimension answers every value of that dimension, and
/// also the question that itself says "any" (not about one class / kind / source). A question
/// with a specific value is answered only by rules with that value or "any"; a question with
/// "any" only by rules with "any".
///
/// Overlap: two rules overlap when one question can be answered by both — same action and basis,
/// every other dimension equal or either side "any", and value bands that intersect. Then the
/// engine could not pick one rule, so the set is refused.
///
/// Hole: for every question key (action, basis, and each value of every other dimension including
/// "any"), the rules answering that key, sorted by min value, must touch: each band must start
/// exactly where the previous one ends. A key no rule answers is not a hole (the engine refuses
/// it as "no rule"), and nothing is required below the lowest min or above the highest max.
/// Each conflict is reported once per pair of rows.
/// </summary>
internal static class RuleSetConsistency
{
    private static readonly AssetClass[] AssetClassKeys = Enum.GetValues<AssetClass>();
    private static readonly Funding[] FundingKeys = Enum.GetValues<Funding>();
    private static readonly SpendingKind[] SpendingKeys = Enum.GetValues<SpendingKind>();
    private static readonly UnitKind?[] UnitKindKeys = Enum.GetValues<UnitKind>().Select(k => (UnitKind?)k).Append(null).ToArray();

    public static IEnumerable<DomainError> FindOverlaps(IReadOnlyList<AuthorityRule> rules)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                var a = rules[i];
                var b = rules[j];
                if (a.SharesQuestionsWith(b) && a.BandOverlaps(b))
                {
                    yield return new DomainError(
                        AuthorityErrors.RuleOverlap,
                        $"Quy tắc dòng {Row(a)} ({a.DescribeKey()}, {a.DescribeBand()}) và dòng {Row(b)} ({b.DescribeKey()}, {b.DescribeBand()}) chồng lấn: cùng một câu hỏi có hai người quyết định.",
                        Row: b.Row);
                }
            }
        }
    }

    public static IEnumerable<DomainError> FindGaps(IReadOnlyList<AuthorityRule> rules)
    {
        var reported = new HashSet<(int, int)>();
        foreach (var group in rules.GroupBy(r => (r.Action, r.Basis)))
        {
            foreach (var assetClass in AssetClassKeys)
            {
                foreach (var unitKind in UnitKindKeys)
                {
                    foreach (var funding in FundingKeys)
                    {
                        foreach (var spending in SpendingKeys)
                        {
                            var key = new AuthorityQuestion(group.Key.Action, assetClass, unitKind, funding, group.Key.Basis, spending, 0, DateOnly.MinValue);
                            var answering = group.Where(r => r.Answers(key with { Value = r.MinValue })).OrderBy(r => r.MinValue).ToList();
                            // "before" is the rule reaching furthest so far, so overlapping bands (refused anyway) do not fake a hole.
                            for (var i = 1; i < answering.Count; i++)
                            {
                                var before = answering.Take(i).OrderBy(r => r.MaxValue ?? long.MaxValue).Last();
                                var after = answering[i];
                                if (before.MaxValue is { } end && end < after.MinValue && reported.Add((before.Row, after.Row)))
                                {
                                    yield return new DomainError(
                                        AuthorityErrors.RuleGap,
                                        $"Quy tắc dòng {Row(before)} và dòng {Row(after)} để hở khoảng giá trị {AuthorityRule.DescribeBand(end, after.MinValue)} (câu hỏi {DescribeKey(key)}): không ai có thẩm quyền quyết định.",
                                        Row: after.Row);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static string DescribeKey(AuthorityQuestion q) => string.Join(
        '/', q.Action.ToSlug(), q.AssetClass.ToSlug(), UnitKindFilter.ToSlug(q.UnitKind), q.Funding.ToSlug(), q.Basis.ToSlug(), q.SpendingKind.ToSlug());

    private static string Row(AuthorityRule r) => r.Row.ToString(CultureInfo.InvariantCulture);
}

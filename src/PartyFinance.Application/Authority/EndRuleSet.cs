using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>`authority end &lt;rule_set&gt; --date … --reason …`.</summary>
public sealed record EndRuleSetRequest(string RuleSet, DateOnly LastDay, string Reason, string By);

/// <summary>
/// Ends a stored rule set on a day (inclusive) so that a replacement can be imported from the next
/// day; the end (who, when, why, the end it replaced) is recorded, append-only.
/// </summary>
public sealed class EndRuleSet(IAuthorityStore store, AccessGuard access, TimeProvider clock)
{
    public async Task<Result<RuleSet>> ExecuteAsync(EndRuleSetRequest request, CancellationToken cancellationToken)
    {
        var allowed = await access.CheckAsync(request.By, Permission.RuleSetEnd, (string?)null, cancellationToken);
        if (allowed.IsFailure)
        {
            return Result.Failure<RuleSet>(allowed.Errors);
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return new DomainError(AuthorityErrors.BadRuleSetEnd, "Kết thúc hiệu lực bộ quy tắc phải ghi rõ lý do.", "reason");
        }

        var sets = await store.LoadRuleSetsAsync(cancellationToken);
        var set = sets.FirstOrDefault(s => string.Equals(s.Name, request.RuleSet.Trim(), StringComparison.Ordinal));
        if (set is null)
        {
            var known = string.Join("; ", sets.Select(s => $"'{s.Name}'"));
            return new DomainError(AuthorityErrors.UnknownRuleSet, $"Không có bộ quy tắc '{request.RuleSet}' (đang có: {known}).", "rule_set");
        }

        var ended = set.EndOn(request.LastDay);
        if (ended.IsFailure)
        {
            return ended;
        }

        await store.EndRuleSetAsync(new RuleSetEnd(set.Name, request.LastDay, set.EffectiveTo, request.Reason.Trim(), request.By, clock.GetUtcNow()), cancellationToken);
        return ended;
    }
}

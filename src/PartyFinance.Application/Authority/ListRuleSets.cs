using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Authority;

/// <summary>`authority list`: the stored delegation rule sets.</summary>
public sealed class ListRuleSets(IAuthorityStore store)
{
    public Task<IReadOnlyList<RuleSet>> ExecuteAsync(CancellationToken ct) => store.LoadRuleSetsAsync(ct);
}

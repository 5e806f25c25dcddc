using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>`authority decide`: answers from the stored rule sets; refusals are never an allow.</summary>
public sealed class DecideAuthority(IAuthorityStore store)
{
    public async Task<Result<AuthorityDecision>> ExecuteAsync(AuthorityQuestion question, CancellationToken cancellationToken) =>
        AuthorityEngine.Decide(await store.LoadRuleSetsAsync(cancellationToken), question);
}

using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Authority;

/// <summary>`user list`: every user with every grant, ordered by login.</summary>
public sealed class ListUsers(IAuthorityStore store)
{
    public async Task<IReadOnlyList<User>> ExecuteAsync(CancellationToken cancellationToken) =>
        (await store.ListUsersAsync(cancellationToken)).OrderBy(u => u.Login, StringComparer.Ordinal).ToList();
}

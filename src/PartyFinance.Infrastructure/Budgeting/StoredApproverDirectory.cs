using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>Spending approvers are the users and role grants stored with `user add`: one source of truth for every approval.</summary>
public sealed class StoredApproverDirectory(IAuthorityStore users) : IApproverDirectory
{
    public async Task<bool> HoldsAsync(string login, Role role, RoleScope scope, DateOnly date, CancellationToken ct) =>
        await users.FindUserAsync(login, ct) is { } user && user.Holds(role, scope, date);
}

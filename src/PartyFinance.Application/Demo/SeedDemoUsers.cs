using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Demo;

/// <summary>
/// Registers the demo's people through <see cref="AddUser"/>, as the demo administrator (created
/// by `db init --admin`). Users already stored are left alone, so running it again adds nobody.
/// </summary>
public sealed class SeedDemoUsers(IAuthorityStore store, AddUser addUser)
{
    public Task<Result<int>> ProvinceAsync(string admin, CancellationToken ct) =>
        AddAsync(admin, DemoUsers.Province.Select(u => new AddUserRequest(u.Login, u.Name, u.Role, RoleScope.Province, u.From, null)), ct);

    public Task<Result<int>> UnitHeadsAsync(string admin, CancellationToken ct) =>
        AddAsync(admin, DemoUsers.UnitHeads.Select(u => new AddUserRequest(u.Login, u.Name, Role.UnitHead, RoleScope.Unit(u.Unit), u.From, null)), ct);

    /// <summary>Unit heads of a generated province (login, name, unit), from 1 January 2025 like the demo's people.</summary>
    public Task<Result<int>> HeadsAsync(string admin, IEnumerable<(string Login, string Name, string Unit)> heads, CancellationToken ct) =>
        AddAsync(admin, heads.Select(h => new AddUserRequest(h.Login, h.Name, Role.UnitHead, RoleScope.Unit(h.Unit), new DateOnly(2025, 1, 1), null)), ct);

    private async Task<Result<int>> AddAsync(string admin, IEnumerable<AddUserRequest> users, CancellationToken ct)
    {
        var added = 0;
        foreach (var user in users)
        {
            if (await store.FindUserAsync(user.Login, ct) is not null)
            {
                continue;
            }

            var result = await addUser.ExecuteAsync(user, admin, ct);
            if (result.IsFailure)
            {
                return Result.Failure<int>(result.Errors);
            }

            added++;
        }

        return Result.Success(added);
    }
}

using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// `db init --admin LOGIN --name "…"`: the one way into a fresh installation. Grants the province-wide
/// administrator role when nobody holds a valid administrator grant today; running it again with
/// the same login changes nothing; another login is refused while an administrator exists (that
/// administrator adds people with `user add`).
/// </summary>
public sealed class CreateFirstAdmin(IAuthorityStore store, AddUser addUser, TimeProvider clock)
{
    public async Task<Result<User>> ExecuteAsync(string login, string name, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var admins = (await store.ListUsersAsync(ct)).Where(u => u.Grants.Any(g => g.Role == Role.Admin && g.IsValidOn(today))).ToList();
        if (admins.FirstOrDefault(a => string.Equals(a.Login, login.Trim(), StringComparison.Ordinal)) is { } same)
        {
            return string.Equals(same.Name, name.Trim(), StringComparison.Ordinal)
                ? Result.Success(same)
                : new DomainError(AuthorityErrors.BadUser, $"Tên đăng nhập {same.Login} đã thuộc về '{same.Name}'.", "name");
        }

        if (admins.Count > 0)
        {
            return new DomainError(AccessErrors.AdminExists,
                $"Đã có quản trị viên ({string.Join(", ", admins.Select(a => $"{a.Login} — {a.Name}"))}); người dùng mới do quản trị viên thêm bằng: partyfinance user add.", "admin");
        }

        return await addUser.GrantAsync(new AddUserRequest(login, name, Role.Admin, RoleScope.Province, today, null), ct);
    }
}

using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// The one permission check every use case that changes data calls first: the acting login must
/// name a user stored by `user add` (or `db init --admin`) holding, on today's date by the clock,
/// a grant whose role the <see cref="PermissionMatrix"/> allows the action for that unit. A null
/// unit is a province-level action. Refusals change nothing and name the user and the action.
/// </summary>
public sealed class AccessGuard(IAuthorityStore users, PermissionMatrix matrix, TimeProvider clock)
{
    public Task<Result> CheckAsync(string login, Permission permission, string? unit, CancellationToken ct) =>
        CheckAsync(login, permission, [unit], ct);

    /// <summary>Every unit must be covered (an import touching several units); an empty list is one province-level check.</summary>
    public async Task<Result> CheckAsync(string login, Permission permission, IReadOnlyCollection<string?> units, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindUserAsync(login.Trim(), ct);
        if (user is null)
        {
            return Unknown(login);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var errors = new List<DomainError>();
        foreach (var unit in units.Count == 0 ? [null] : units.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!user.Grants.Any(g => matrix.Allows(g, permission, unit, today)))
            {
                var roles = string.Join(", ", matrix.RolesAllowed(permission, today).Select(r => r.VietnameseName()));
                var where = unit is null ? "toàn tỉnh" : $"đơn vị {unit}";
                errors.Add(new DomainError(Common.AccessErrors.NotPermitted,
                    $"{user.Login} — {user.Name} không có vai trò được phép {permission.VietnameseName()} cho {where} vào ngày {VietnameseFormat.Date(today)} (vai trò được phép: {(roles.Length == 0 ? "không có" : roles)}).", "by"));
            }
        }

        return errors.Count == 0 ? Result.Success() : Result.Failure(errors);
    }

    /// <summary>Only that the login names a stored user (when the thing acted on does not exist, so there is no unit to check).</summary>
    public async Task<Result> KnownAsync(string login, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(login) && await users.FindUserAsync(login.Trim(), ct) is not null ? Result.Success() : Unknown(login);

    private static Result Unknown(string login) => Result.Failure(new DomainError(Common.AccessErrors.UnknownUser,
        $"Người dùng '{login}' chưa được đăng ký (quản trị viên thêm bằng: partyfinance user add); không được thực hiện thao tác ghi dữ liệu.", "by"));
}

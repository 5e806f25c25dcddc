using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Authority;

/// <summary>
/// A person who signs in (by login) and holds role grants. Grants are only added; a grant that
/// ends is closed by its ValidTo date, so who could approve on a past date stays answerable.
/// </summary>
public sealed class User
{
    private readonly List<RoleGrant> _grants;

    private User(string login, string name, IEnumerable<RoleGrant> grants)
    {
        Login = login;
        Name = name;
        _grants = grants.ToList();
    }

    public string Login { get; }

    public string Name { get; }

    public IReadOnlyList<RoleGrant> Grants => _grants.AsReadOnly();

    public static Result<User> Create(string login, string name)
    {
        if (string.IsNullOrWhiteSpace(login) || login.Any(char.IsWhiteSpace))
        {
            return new DomainError(AuthorityErrors.BadUser, "Tên đăng nhập không được trống và không chứa khoảng trắng.", "login");
        }

        if (VietnameseInput.CodeProblem(login.Trim()) is { } bad)
        {
            return new DomainError(AuthorityErrors.BadUser, "Tên đăng nhập " + bad, "login");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return new DomainError(AuthorityErrors.BadUser, "Thiếu họ tên người dùng.", "name");
        }

        return Result.Success(new User(login.Trim(), name.Trim(), []));
    }

    /// <summary>Rebuilds a stored user. Stored data was valid when saved, so it is not re-checked.</summary>
    public static User Restore(string login, string name, IEnumerable<RoleGrant> grants) => new(login, name, grants);

    /// <summary>
    /// Adds a grant. Unit heads are granted for one unit; office chief, Standing Board and
    /// Standing Committee are province-wide offices, so a unit scope for them is refused.
    /// </summary>
    public Result AddGrant(RoleGrant grant)
    {
        if (grant.ValidTo is { } to && to < grant.ValidFrom)
        {
            return Result.Failure(new DomainError(
                AuthorityErrors.BadGrant,
                $"Ngày kết thúc {VietnameseFormat.Date(to)} trước ngày bắt đầu {VietnameseFormat.Date(grant.ValidFrom)}.",
                "to"));
        }

        var provinceOnly = grant.Role is Role.OfficeChief or Role.StandingBoard or Role.StandingCommittee;
        if (provinceOnly && !grant.Scope.IsProvince)
        {
            return Result.Failure(new DomainError(AuthorityErrors.BadGrant, $"Vai trò {grant.Role.ToSlug()} chỉ cấp cho phạm vi toàn tỉnh (province).", "scope"));
        }

        if (grant.Role == Role.UnitHead && grant.Scope.IsProvince)
        {
            return Result.Failure(new DomainError(AuthorityErrors.BadGrant, "Vai trò unit-head phải gắn với một đơn vị cụ thể.", "scope"));
        }

        if (_grants.Contains(grant))
        {
            return Result.Failure(new DomainError(AuthorityErrors.BadGrant, $"Người dùng {Login} đã có đúng quyền này.", "role"));
        }

        _grants.Add(grant);
        return Result.Success();
    }

    public bool Holds(Role role, RoleScope scope, DateOnly date) => _grants.Any(g => g.Grants(role, scope, date));
}

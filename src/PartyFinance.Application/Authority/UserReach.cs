using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Authority;

/// <summary>
/// What a signed-in user may see and do today: a province-wide grant sees every unit; unit grants
/// see only their units (a unit head of VPTU sees nothing of BTC). <see cref="May"/> asks the same
/// permission matrix as <see cref="AccessGuard"/>, so a screen offers only what the use case would allow.
/// </summary>
public sealed record UserReach(User User, DateOnly Today, bool Province, IReadOnlySet<string> Units, PermissionMatrix Matrix)
{
    public bool Sees(string? unit) => Province || (unit is not null && Units.Contains(unit.Trim()));

    /// <summary>The permission for that unit (null: a province-level action) on today's date.</summary>
    public bool May(Permission permission, string? unit) => User.Grants.Any(g => Matrix.Allows(g, permission, unit, Today));

    /// <summary>The permission for at least one unit the user sees (to offer a screen at all).</summary>
    public bool MayAnywhere(Permission permission, IEnumerable<string> units) => units.Where(Sees).Any(u => May(permission, u));

    public IEnumerable<T> Visible<T>(IEnumerable<T> rows, Func<T, string> unit) => Province ? rows : rows.Where(r => Sees(unit(r)));
}

/// <summary>Builds the <see cref="UserReach"/> of a login from its grants valid today (null for a login nobody registered).</summary>
public sealed class UserReaches(IAuthorityStore users, PermissionMatrix matrix, TimeProvider clock)
{
    public async Task<UserReach?> ForAsync(string login, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(login) ? null : await users.FindUserAsync(login.Trim(), ct);
        if (user is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var valid = user.Grants.Where(g => g.IsValidOn(today)).ToList();
        var units = valid.Where(g => !g.Scope.IsProvince).Select(g => g.Scope.UnitCode!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new UserReach(user, today, valid.Any(g => g.Scope.IsProvince), units, matrix);
    }
}

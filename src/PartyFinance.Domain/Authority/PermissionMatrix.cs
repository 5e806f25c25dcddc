namespace PartyFinance.Domain.Authority;

/// <summary>
/// Who may do what: a grant allows an action on a date when the grant is valid that day and a
/// rule in force that day gives its role the permission with a reach that covers the unit. A
/// province-level action (no unit) needs a province-wide grant. Nothing is allowed by default.
/// </summary>
public sealed class PermissionMatrix(IReadOnlyList<PermissionRule> rules)
{
    public IReadOnlyList<PermissionRule> Rules { get; } = rules;

    public bool Allows(RoleGrant grant, Permission permission, string? unit, DateOnly date) =>
        grant.IsValidOn(date) && Rules.Any(r => r.Role == grant.Role && r.Permission == permission && r.IsInForceOn(date) && Reaches(r.Reach, grant.Scope, unit));

    /// <summary>The roles that may do <paramref name="permission"/> on <paramref name="date"/>, for refusal messages.</summary>
    public IReadOnlyList<Role> RolesAllowed(Permission permission, DateOnly date) =>
        Rules.Where(r => r.Permission == permission && r.IsInForceOn(date)).Select(r => r.Role).Distinct().ToList();

    private static bool Reaches(PermissionReach reach, RoleScope scope, string? unit) => reach switch
    {
        PermissionReach.Province => scope.IsProvince,
        PermissionReach.Unit => scope.IsProvince || (unit is not null && string.Equals(scope.UnitCode, unit.Trim(), StringComparison.OrdinalIgnoreCase)),
    };
}

namespace PartyFinance.Domain.Authority;

/// <summary>How far a permission reaches from the grant that carries it.</summary>
public enum PermissionReach
{
    /// <summary>The grant's own unit (a unit grant covers that unit only, not its child units); a province grant covers every unit.</summary>
    Unit,

    /// <summary>Only a province-wide grant: the action is not about one unit (users, rule sets, unit list, control modes).</summary>
    Province,
}

/// <summary>One row of the permission matrix: <see cref="Role"/> may <see cref="Permission"/> with this reach, in force from/to (inclusive).</summary>
public sealed record PermissionRule(Role Role, Permission Permission, PermissionReach Reach, DateOnly ValidFrom, DateOnly? ValidTo, string Source, string Verified)
{
    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);
}

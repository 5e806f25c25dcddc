namespace PartyFinance.Domain.Authority;

/// <summary>A role held for a scope from <see cref="ValidFrom"/> to <see cref="ValidTo"/> (both inclusive; null = open-ended).</summary>
public sealed record RoleGrant(Role Role, RoleScope Scope, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>A unit scope matches only the same unit code; a province scope matches only a province requirement.</summary>
    public bool Grants(Role role, RoleScope scope, DateOnly date) =>
        Role == role && string.Equals(Scope.UnitCode, scope.UnitCode, StringComparison.OrdinalIgnoreCase) && IsValidOn(date);
}

namespace PartyFinance.Infrastructure.Authority.Records;

/// <summary>
/// Row of role_grants: the user's GrantNo-th grant (grants are only added, never removed).
/// ScopeUnitCode null = the whole province.
/// </summary>
public sealed class RoleGrantRecord
{
    public string Login { get; set; } = string.Empty;

    public int GrantNo { get; set; }

    public Domain.Authority.Role Role { get; set; }

    public string? ScopeUnitCode { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}

namespace PartyFinance.Domain.Authority;

/// <summary>Where a role grant applies: one unit (by its code) or the whole province (UnitCode null).</summary>
public sealed record RoleScope
{
    public const string ProvinceSlug = "province";

    private RoleScope(string? unitCode) => UnitCode = unitCode;

    public static RoleScope Province { get; } = new((string?)null);

    public string? UnitCode { get; }

    public bool IsProvince => UnitCode is null;

    public static RoleScope Unit(string unitCode) =>
        string.IsNullOrWhiteSpace(unitCode) ? throw new ArgumentException("A unit scope needs a unit code.", nameof(unitCode)) : new(unitCode.Trim());

    /// <summary>"province" or a unit code, as typed on the command line.</summary>
    public static RoleScope Parse(string slug) =>
        string.Equals(slug.Trim(), ProvinceSlug, StringComparison.OrdinalIgnoreCase) ? Province : Unit(slug);

    public override string ToString() => UnitCode ?? ProvinceSlug;
}

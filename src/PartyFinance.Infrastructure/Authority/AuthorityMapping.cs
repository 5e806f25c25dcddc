using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority.Records;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>Domain ⇄ record conversion for rule sets and rules. Enums are stored as their CSV slugs.</summary>
internal static class AuthorityMapping
{
    public static RuleSetRecord ToRecord(RuleSet s) => new()
    {
        Name = s.Name,
        Issuer = s.Issuer,
        DecisionNo = s.DecisionNo,
        DecisionDate = s.DecisionDate,
        EffectiveFrom = s.EffectiveFrom,
        EffectiveTo = s.EffectiveTo,
        Verified = s.Verified,
    };

    public static RuleRecord ToRecord(string ruleSet, AuthorityRule r) => new()
    {
        RuleSet = ruleSet,
        Row = r.Row,
        Action = r.Action.ToSlug(),
        AssetClass = r.AssetClass.ToSlug(),
        UnitKind = r.UnitKind is { } k ? Domain.Organisation.UnitKinds.ToSlug(k) : null,
        Funding = r.Funding.ToSlug(),
        Basis = r.Basis.ToSlug(),
        SpendingKind = r.SpendingKind.ToSlug(),
        MinValue = r.MinValue,
        MaxValue = r.MaxValue,
        Decider = r.Decider.ToSlug(),
        RequiresOpinion = r.RequiresOpinion,
        Citation = r.Citation,
    };

    public static AuthorityRule ToDomain(RuleRecord r) => new()
    {
        Row = r.Row,
        Action = StoredSlug.Parse<AuthorityAction>(r.Action, AuthorityActions.TryParse, "action"),
        AssetClass = StoredSlug.Parse<AssetClass>(r.AssetClass, AssetClasses.TryParse, "asset_class"),
        UnitKind = r.UnitKind is null ? null : StoredSlug.Parse<Domain.Organisation.UnitKind>(r.UnitKind, Domain.Organisation.UnitKinds.TryParse, "unit_kind"),
        Funding = StoredSlug.Parse<Funding>(r.Funding, Fundings.TryParse, "funding"),
        Basis = StoredSlug.Parse<ValueBasis>(r.Basis, ValueBases.TryParse, "basis"),
        SpendingKind = StoredSlug.Parse<SpendingKind>(r.SpendingKind, SpendingKinds.TryParse, "spending_kind"),
        MinValue = r.MinValue,
        MaxValue = r.MaxValue,
        Decider = StoredSlug.Parse<Decider>(r.Decider, Deciders.TryParse, "decider"),
        RequiresOpinion = r.RequiresOpinion,
        Citation = r.Citation,
    };

    /// <summary>Stored sets were valid when imported; one that no longer builds is corrupt data.</summary>
    public static RuleSet ToDomain(RuleSetRecord s, IEnumerable<RuleRecord> rules)
    {
        var built = RuleSet.Create(s.Name, s.Issuer, s.DecisionNo, s.DecisionDate, s.EffectiveFrom, s.EffectiveTo, rules.OrderBy(r => r.Row).Select(ToDomain), s.Verified);
        return built.IsSuccess
            ? built.Value
            : throw new InvalidOperationException($"Stored rule set '{s.Name}' is invalid: {string.Join("; ", built.Errors.Select(e => e.Describe()))}");
    }

    public static RoleGrantRecord ToRecord(string login, int grantNo, RoleGrant g) => new()
    {
        Login = login,
        GrantNo = grantNo,
        Role = g.Role.ToSlug(),
        ScopeUnitCode = g.Scope.UnitCode,
        ValidFrom = g.ValidFrom,
        ValidTo = g.ValidTo,
    };

    public static RoleGrant ToDomain(RoleGrantRecord g) => new(
        StoredSlug.Parse<Role>(g.Role, Roles.TryParse, "role"),
        g.ScopeUnitCode is null ? RoleScope.Province : RoleScope.Unit(g.ScopeUnitCode),
        g.ValidFrom,
        g.ValidTo);
}

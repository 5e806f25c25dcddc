using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority.Records;

namespace PartyFinance.Infrastructure.Authority;

/// <summary>Domain ⇄ record conversion for rule sets and rules. Enum columns hold their stable codes through the value converters of <see cref="Persistence.CodeConventions"/>.</summary>
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
        Action = r.Action,
        AssetClass = r.AssetClass,
        UnitKind = r.UnitKind,
        Funding = r.Funding,
        Basis = r.Basis,
        SpendingKind = r.SpendingKind,
        MinValue = r.MinValue,
        MaxValue = r.MaxValue,
        Decider = r.Decider,
        RequiresOpinion = r.RequiresOpinion,
        Citation = r.Citation,
    };

    public static AuthorityRule ToDomain(RuleRecord r) => new()
    {
        Row = r.Row,
        Action = r.Action,
        AssetClass = r.AssetClass,
        UnitKind = r.UnitKind,
        Funding = r.Funding,
        Basis = r.Basis,
        SpendingKind = r.SpendingKind,
        MinValue = r.MinValue,
        MaxValue = r.MaxValue,
        Decider = r.Decider,
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
        Role = g.Role,
        ScopeUnitCode = g.Scope.UnitCode,
        ValidFrom = g.ValidFrom,
        ValidTo = g.ValidTo,
    };

    public static RoleGrant ToDomain(RoleGrantRecord g) => new(
        g.Role,
        g.ScopeUnitCode is null ? RoleScope.Province : RoleScope.Unit(g.ScopeUnitCode),
        g.ValidFrom,
        g.ValidTo);
}

using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Domain.Tests.Authority;

/// <summary>Test rules with sensible defaults: purchase / other / any / any / per-asset / any, from 0, unbounded, unit head.</summary>
public sealed class RuleBuilder
{
    private static int _nextRow = 2;

    private AuthorityRule _rule = new()
    {
        Row = 0,
        Action = AuthorityAction.Purchase,
        AssetClass = AssetClass.Other,
        Basis = ValueBasis.PerAsset,
        MinValue = 0,
        Decider = Decider.UnitHead,
        Citation = "Điều 1 (thử nghiệm)",
    };

    public static RuleBuilder Rule() => new();

    public RuleBuilder Row(int row) => With(_rule with { Row = row });
    public RuleBuilder For(AuthorityAction action) => With(_rule with { Action = action });
    public RuleBuilder Class(AssetClass assetClass) => With(_rule with { AssetClass = assetClass });
    public RuleBuilder Unit(UnitKind? unitKind) => With(_rule with { UnitKind = unitKind });
    public RuleBuilder Funded(Funding funding) => With(_rule with { Funding = funding });
    public RuleBuilder Basis(ValueBasis basis) => With(_rule with { Basis = basis });
    public RuleBuilder Spending(SpendingKind kind) => With(_rule with { SpendingKind = kind });
    public RuleBuilder Band(long min, long? max) => With(_rule with { MinValue = min, MaxValue = max });
    public RuleBuilder By(Decider decider) => With(_rule with { Decider = decider });
    public RuleBuilder Opinion(string body) => With(_rule with { RequiresOpinion = body });
    public RuleBuilder Cite(string citation) => With(_rule with { Citation = citation });

    public AuthorityRule Build() => _rule.Row == 0 ? _rule with { Row = Interlocked.Increment(ref _nextRow) } : _rule;

    public static implicit operator AuthorityRule(RuleBuilder builder) => builder.Build();

    private RuleBuilder With(AuthorityRule rule)
    {
        _rule = rule;
        return this;
    }
}

using PartyFinance.Domain.Authority;

namespace PartyFinance.Domain.Tests.Authority;

/// <summary>A small four-band rule set: unit head &lt; 100 tr ≤ office chief &lt; 500 tr ≤ standing board &lt; 1 tỷ ≤ standing committee.</summary>
public static class TestRuleSets
{
    public const long OfficeChiefFrom = 100_000_000;
    public const long StandingBoardFrom = 500_000_000;
    public const long StandingCommitteeFrom = 1_000_000_000;

    public static RuleSet Create(string name, DateOnly from, DateOnly? to, params AuthorityRule[] rules)
    {
        var result = RuleSet.Create(name, "Ban Thường vụ Tỉnh ủy (thử)", name + "-QĐ/TU", from, from, to, rules);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("\n", result.Errors.Select(e => e.Describe())));
    }

    public static RuleSet FourBands(string name = "Bộ thử", DateOnly? from = null, DateOnly? to = null, long scale = 1) => Create(
        name,
        from ?? new DateOnly(2022, 1, 1),
        to,
        RuleBuilder.Rule().Row(2).Band(0, OfficeChiefFrom * scale).By(Decider.UnitHead).Cite("Điều 5"),
        RuleBuilder.Rule().Row(3).Band(OfficeChiefFrom * scale, StandingBoardFrom * scale).By(Decider.OfficeChief).Cite("Điều 4"),
        RuleBuilder.Rule().Row(4).Band(StandingBoardFrom * scale, StandingCommitteeFrom * scale).By(Decider.StandingBoard).Cite("Điều 3"),
        RuleBuilder.Rule().Row(5).Band(StandingCommitteeFrom * scale, null).By(Decider.StandingCommittee).Cite("Điều 2"),
        RuleBuilder.Rule().Row(6).Class(AssetClass.PremisesLand).For(AuthorityAction.Sell).By(Decider.StandingCommittee).Opinion("UBND tỉnh").Cite("Điều 2 khoản 1"));

    public static AuthorityQuestion Question(long value, DateOnly? date = null, AuthorityAction action = AuthorityAction.Purchase, AssetClass assetClass = AssetClass.Other) =>
        new(action, assetClass, global::PartyFinance.Domain.Organisation.UnitKind.PartyAgency, Funding.StateBudget, ValueBasis.PerAsset, SpendingKind.Any, value, date ?? new DateOnly(2024, 5, 1));
}

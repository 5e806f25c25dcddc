using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Authority;

/// <summary>The shipped Bắc Ninh rule sets, a few users and a question that needs a three-step chain.</summary>
internal static class AuthorityFixtures
{
    public static readonly DateTimeOffset Morning = new(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(7));

    public static IReadOnlyList<RuleSet> ShippedRuleSets()
    {
        using var reader = new StreamReader(RepoPaths.Db("authority", "bac-ninh-332-2021.csv"));
        var parsed = RuleSetCsvParser.Parse(reader);
        Assert.True(parsed.IsSuccess, parsed.IsFailure ? parsed.FirstError.Describe() : null);
        return parsed.Value;
    }

    /// <summary>Purchase of one "other" asset at 600 000 000 đ in March 2024: Standing Board under 332-QĐ/TU.</summary>
    public static AuthorityQuestion BoardPurchase { get; } = new(
        AuthorityAction.Purchase, AssetClass.Other, UnitKind.PartyAgency, Funding.StateBudget, ValueBasis.PerAsset, SpendingKind.Any, 600_000_000, new DateOnly(2024, 3, 1));

    public static User Person(string login, string name, Role role, RoleScope scope)
    {
        var user = User.Create(login, name).Value;
        Assert.True(user.AddGrant(new RoleGrant(role, scope, new DateOnly(2024, 1, 1), null)).IsSuccess);
        return user;
    }
}

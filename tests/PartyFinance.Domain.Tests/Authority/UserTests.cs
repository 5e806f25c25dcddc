using PartyFinance.Domain.Authority;

namespace PartyFinance.Domain.Tests.Authority;

public class UserTests
{
    private static readonly DateOnly From = new(2024, 1, 1);

    [Fact]
    public void AddGrant_WhenOfficeChiefScopedToAUnit_Refuses()
    {
        var user = User.Create("a", "A").Value;

        Assert.Equal(AuthorityErrors.BadGrant, user.AddGrant(new RoleGrant(Role.OfficeChief, RoleScope.Unit("BTC"), From, null)).FirstError.Code);
        Assert.Empty(user.Grants);
    }

    [Fact]
    public void AddGrant_WhenUnitHeadScopedToProvince_Refuses()
    {
        var user = User.Create("a", "A").Value;

        Assert.Equal(AuthorityErrors.BadGrant, user.AddGrant(new RoleGrant(Role.UnitHead, RoleScope.Province, From, null)).FirstError.Code);
    }

    [Fact]
    public void AddGrant_WhenEndsBeforeItStarts_Refuses()
    {
        var user = User.Create("a", "A").Value;

        Assert.Equal(AuthorityErrors.BadGrant, user.AddGrant(new RoleGrant(Role.Accountant, RoleScope.Province, From, From.AddDays(-1))).FirstError.Code);
    }

    [Fact]
    public void Holds_IsTrueOnlyInsideTheValidityDatesAndScope()
    {
        var user = User.Create("a", "A").Value;
        Assert.True(user.AddGrant(new RoleGrant(Role.UnitHead, RoleScope.Unit("BTC"), From, new DateOnly(2024, 12, 31))).IsSuccess);

        Assert.False(user.Holds(Role.UnitHead, RoleScope.Unit("BTC"), From.AddDays(-1)));
        Assert.True(user.Holds(Role.UnitHead, RoleScope.Unit("BTC"), From));
        Assert.True(user.Holds(Role.UnitHead, RoleScope.Unit("btc"), new DateOnly(2024, 12, 31)));
        Assert.False(user.Holds(Role.UnitHead, RoleScope.Unit("BTC"), new DateOnly(2025, 1, 1)));
        Assert.False(user.Holds(Role.UnitHead, RoleScope.Unit("BTG"), From));
    }

    [Fact]
    public void Create_WhenLoginHasSpaces_Refuses()
    {
        Assert.Equal(AuthorityErrors.BadUser, User.Create("nguyen van a", "A").FirstError.Code);
    }

    [Fact]
    public void DomainAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(RuleSet).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
    }
}

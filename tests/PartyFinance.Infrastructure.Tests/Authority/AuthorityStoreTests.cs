using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Authority;

public sealed class AuthorityStoreTests
{
    [Fact]
    public Task StoredRuleSets_ComeBackRuleForRule_OnSqlite() => RuleSetsRoundTrip(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task StoredRuleSets_ComeBackRuleForRule_OnPostgres() => RuleSetsRoundTrip(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task StoredRuleSets_ComeBackRuleForRule_OnSqlServer() => RuleSetsRoundTrip(DatabaseProvider.SqlServer);

    [Fact]
    public Task SavingASetUnderAStoredName_ReplacesThatSetWhole_OnSqlite() => ReplaceByName(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task SavingASetUnderAStoredName_ReplacesThatSetWhole_OnPostgres() => ReplaceByName(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task SavingASetUnderAStoredName_ReplacesThatSetWhole_OnSqlServer() => ReplaceByName(DatabaseProvider.SqlServer);

    [Fact]
    public Task UserGrants_AreAddedAndNeverLost_OnSqlite() => UserGrants(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task UserGrants_AreAddedAndNeverLost_OnPostgres() => UserGrants(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task UserGrants_AreAddedAndNeverLost_OnSqlServer() => UserGrants(DatabaseProvider.SqlServer);

    /// <summary>
    /// The store reads a user once and hands out a new object each time: changing what one caller got (a grant not yet
    /// saved) changes nothing another caller sees; a save is seen by the next read of the same store.
    /// </summary>
    [Fact]
    public async Task AUserReadOnce_IsGivenOutAfresh_AndASaveIsSeenAtOnce()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = new AuthorityStore(db.Target);
        await store.SaveUserAsync(AuthorityFixtures.Person("lan", "Nguyễn Thị Lan", Role.UnitHead, RoleScope.Unit("BTG")), CancellationToken.None);
        var chief = new RoleGrant(Role.OfficeChief, RoleScope.Province, new DateOnly(2025, 1, 1), null);

        var first = (await store.FindUserAsync("lan", CancellationToken.None))!;
        Assert.True(first.AddGrant(chief).IsSuccess);
        var second = (await store.FindUserAsync("lan", CancellationToken.None))!;

        Assert.NotSame(first, second);
        Assert.DoesNotContain(chief, second.Grants);

        await store.SaveUserAsync(first, CancellationToken.None);
        Assert.Contains(chief, (await store.FindUserAsync("lan", CancellationToken.None))!.Grants);
    }

    private static async Task RuleSetsRoundTrip(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, shippedRuleSets: false);
        var store = new AuthorityStore(db.Target);
        var shipped = AuthorityFixtures.ShippedRuleSets();

        await store.SaveRuleSetsAsync(shipped, CancellationToken.None);
        var loaded = await store.LoadRuleSetsAsync(CancellationToken.None);

        Assert.Equal(shipped.Select(s => (s.Name, s.Issuer, s.DecisionNo, s.DecisionDate, s.EffectiveFrom, s.EffectiveTo)),
            loaded.Select(s => (s.Name, s.Issuer, s.DecisionNo, s.DecisionDate, s.EffectiveFrom, s.EffectiveTo)));
        for (var i = 0; i < shipped.Count; i++)
        {
            Assert.Equal(shipped[i].Rules, loaded[i].Rules);
        }

        Assert.Contains(loaded[0].Rules, r => r.MaxValue is null);
        Assert.Contains(loaded[0].Rules, r => r.RequiresOpinion == "UBND tỉnh");
    }

    private static async Task ReplaceByName(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new AuthorityStore(db.Target);
        var shipped = AuthorityFixtures.ShippedRuleSets();
        await store.SaveRuleSetsAsync(shipped, CancellationToken.None);
        var old = shipped[0];
        var oneRule = new AuthorityRule
        {
            Row = 2,
            Action = AuthorityAction.Spend,
            Basis = ValueBasis.PerPackage,
            MinValue = 0,
            Decider = Decider.UnitHead,
            Citation = "Điều 1 (thử)",
        };
        var replacement = RuleSet.Create(old.Name, "Cơ quan khác", "1-QĐ/TU", old.DecisionDate, old.EffectiveFrom, old.EffectiveTo, [oneRule]).Value;

        await store.SaveRuleSetsAsync([replacement], CancellationToken.None);
        var loaded = await store.LoadRuleSetsAsync(CancellationToken.None);

        var replaced = Assert.Single(loaded, s => s.Name == old.Name);
        Assert.Equal(("Cơ quan khác", "1-QĐ/TU"), (replaced.Issuer, replaced.DecisionNo));
        Assert.Equal([oneRule], replaced.Rules);
        Assert.Equal(shipped[1].Rules, Assert.Single(loaded, s => s.Name == shipped[1].Name).Rules);
    }

    private static async Task UserGrants(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new AuthorityStore(db.Target);
        var user = AuthorityFixtures.Person("lan", "Nguyễn Thị Lan", Role.UnitHead, RoleScope.Unit("BTG"));
        await store.SaveUserAsync(user, CancellationToken.None);

        var again = (await store.FindUserAsync("lan", CancellationToken.None))!;
        Assert.True(again.AddGrant(new RoleGrant(Role.OfficeChief, RoleScope.Province, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))).IsSuccess);
        await store.SaveUserAsync(again, CancellationToken.None);
        var listed = await store.ListUsersAsync(CancellationToken.None);

        var stored = Assert.Single(listed);
        Assert.Equal(("lan", "Nguyễn Thị Lan"), (stored.Login, stored.Name));
        Assert.Equal(
            [new RoleGrant(Role.UnitHead, RoleScope.Unit("BTG"), new DateOnly(2024, 1, 1), null), new RoleGrant(Role.OfficeChief, RoleScope.Province, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))],
            stored.Grants);
        Assert.Null(await store.FindUserAsync("nobody", CancellationToken.None));
    }
}

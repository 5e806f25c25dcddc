using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Authority;

public class RuleSetAndUserUseCaseTests
{
    private const string Header = "rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis,min_value,max_value,decider,requires_opinion,citation";
    private readonly InMemoryAuthorityStore _store = new();
    private readonly FixedClock _clock = new(new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    private async Task<PartyFinance.Domain.Common.Result<IReadOnlyList<RuleSet>>> ImportAsync(string csv)
    {
        if (await _store.FindUserAsync("admin", CancellationToken.None) is null)
        {
            await Access.RegisterAsync(_store, _clock);
        }

        return await new ImportRuleSets(_store, Access.Guard(_store, _clock)).ExecuteAsync(new StringReader(csv), "admin", CancellationToken.None);
    }

    [Fact]
    public async Task ImportRuleSets_WhenPeriodOverlapsAStoredSet_RefusesAndStoresNothing()
    {
        Assert.True((await ImportAsync($"{Header}\nA,BTV,1,2021-01-01,2022-01-01,,purchase,other,any,any,per-asset,0,,unit-head,,Điều 1\n")).IsSuccess);

        var result = await ImportAsync($"{Header}\nB,BTV,2,2024-01-01,2024-01-01,,purchase,other,any,any,per-asset,0,,office-chief,,Điều 1\n");

        Assert.Equal(AuthorityErrors.RuleSetPeriodOverlap, Assert.Single(result.Errors).Code);
        Assert.Equal(1, _store.RuleSetSaves);
    }

    [Fact]
    public async Task ImportRuleSets_WithSameName_ReplacesTheStoredSet()
    {
        Assert.True((await ImportAsync($"{Header}\nA,BTV,1,2021-01-01,2022-01-01,,purchase,other,any,any,per-asset,0,,unit-head,,Điều 1\n")).IsSuccess);
        Assert.True((await ImportAsync($"{Header}\nA,BTV,1,2021-01-01,2022-01-01,,purchase,other,any,any,per-asset,0,,office-chief,,Điều 1\n")).IsSuccess);

        var question = new AuthorityQuestion(AuthorityAction.Purchase, AssetClass.Other, UnitKind.PartyAgency, Funding.Any, ValueBasis.PerAsset, SpendingKind.Any, 5, new DateOnly(2024, 1, 1));
        var decision = await new DecideAuthority(_store).ExecuteAsync(question, CancellationToken.None);

        Assert.Equal(Decider.OfficeChief, decision.Value.Decider);
    }

    [Fact]
    public async Task AddUser_TwiceWithAnotherRole_AddsASecondGrantStartingToday()
    {
        await Access.RegisterAsync(_store, _clock);
        var addUser = Access.AddUser(_store, _clock);
        Assert.True((await addUser.ExecuteAsync(new AddUserRequest("an", "Nguyễn Văn An", Role.UnitHead, RoleScope.Unit("BTC"), null, null), "admin", CancellationToken.None)).IsSuccess);

        var second = await addUser.ExecuteAsync(new AddUserRequest("an", "Nguyễn Văn An", Role.Auditor, RoleScope.Province, null, new DateOnly(2024, 12, 31)), "admin", CancellationToken.None);

        Assert.Equal([(Role.UnitHead, new DateOnly(2024, 5, 2)), (Role.Auditor, new DateOnly(2024, 5, 2))], second.Value.Grants.Select(g => (g.Role, g.ValidFrom)));
        Assert.Single(await _store.ListUsersAsync(CancellationToken.None), u => u.Login == "an");
    }

    [Fact]
    public async Task AddUser_WhenLoginBelongsToSomeoneElse_Refuses()
    {
        await Access.RegisterAsync(_store, _clock);
        var addUser = Access.AddUser(_store, _clock);
        Assert.True((await addUser.ExecuteAsync(new AddUserRequest("an", "Nguyễn Văn An", Role.Accountant, RoleScope.Unit("BTC"), null, null), "admin", CancellationToken.None)).IsSuccess);

        var result = await addUser.ExecuteAsync(new AddUserRequest("an", "Trần Thị Bình", Role.Accountant, RoleScope.Unit("BTC"), null, null), "admin", CancellationToken.None);

        Assert.Equal(AuthorityErrors.BadUser, result.FirstError.Code);
    }
}

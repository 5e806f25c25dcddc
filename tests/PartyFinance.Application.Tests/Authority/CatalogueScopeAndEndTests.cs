using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Authority;

/// <summary>One catalogue: sets answering different actions may share days; `authority end` makes room for a replacement.</summary>
public class CatalogueScopeAndEndTests
{
    private const string Header = "rule_set,issuer,decision_no,decision_date,effective_from,effective_to,action,asset_class,unit_kind,funding,basis,min_value,max_value,decider,requires_opinion,citation,spending_kind";
    private readonly InMemoryAuthorityStore _store = new();
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    private static string Assets(string name, string from) => $"{Header}\n{name},BTV,1,2021-01-01,{from},,purchase,other,any,any,per-asset,0,,unit-head,,Điều 1,any\n";

    private static string Spending(string name, string from, string decider = "unit-head") =>
        $"{Header}\n{name},VP,2,2024-12-31,{from},,spend,any,any,any,per-package,0,,{decider},,Điều 5,any\n";

    private async Task<Result<IReadOnlyList<RuleSet>>> ImportAsync(string csv)
    {
        await AdminAsync();
        return await new ImportRuleSets(_store, Access.Guard(_store, _clock)).ExecuteAsync(new StringReader(csv), "admin", default);
    }

    private async Task<Result<RuleSet>> EndAsync(string name, DateOnly day, string reason = "Thay thế")
    {
        await AdminAsync();
        return await new EndRuleSet(_store, Access.Guard(_store, _clock), _clock).ExecuteAsync(new EndRuleSetRequest(name, day, reason, "admin"), default);
    }

    /// <summary>The administrator, registered as `db init --admin admin` does, who imports and ends rule sets.</summary>
    private async Task AdminAsync()
    {
        if (await _store.FindUserAsync("admin", default) is null)
        {
            await Access.RegisterAsync(_store, _clock);
        }
    }

    private async Task<Decider> DecideSpendAsync(DateOnly date) => (await new DecideAuthority(_store).ExecuteAsync(
        new AuthorityQuestion(AuthorityAction.Spend, AssetClass.Any, UnitKind.PartyAgency, Funding.Any, ValueBasis.PerPackage, SpendingKind.Any, 5, date), default)).Value.Decider;

    [Fact]
    public async Task AnAssetSetAndASpendingSet_MayBeInForceTheSameDay_AndEachAnswersItsOwnAction()
    {
        Assert.True((await ImportAsync(Assets("Phân cấp", "2022-01-01"))).IsSuccess);
        Assert.True((await ImportAsync(Spending("Quy chế", "2025-01-01"))).IsSuccess);

        Assert.Equal(Decider.UnitHead, await DecideSpendAsync(new DateOnly(2025, 6, 1)));
        var before = await new DecideAuthority(_store).ExecuteAsync(
            new AuthorityQuestion(AuthorityAction.Spend, AssetClass.Any, null, Funding.Any, ValueBasis.PerPackage, SpendingKind.Any, 5, new DateOnly(2024, 6, 1)), default);
        Assert.Equal(AuthorityErrors.NoRuleSet, before.FirstError.Code);
    }

    [Fact]
    public async Task TwoSpendingSetsOverlapping_AreRefused_NamingTheSetInForceAndTheEndCommand()
    {
        Assert.True((await ImportAsync(Spending("Quy chế 2025", "2025-01-01"))).IsSuccess);

        var r = await ImportAsync(Spending("Quy chế 2026", "2026-01-01", "office-chief"));

        var error = Assert.Single(r.Errors);
        Assert.Equal(AuthorityErrors.RuleSetPeriodOverlap, error.Code);
        Assert.Contains("'Quy chế 2025' (01/01/2025 – nay)", error.Message, StringComparison.Ordinal);
        Assert.Contains("partyfinance authority end \"Quy chế 2025\" --date 2025-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_LetsTheReplacementIn_IsRecorded_AndSurvivesAReimportOfTheEndedSet()
    {
        Assert.True((await ImportAsync(Spending("Quy chế 2025", "2025-01-01"))).IsSuccess);

        var ended = await EndAsync("Quy chế 2025", new DateOnly(2025, 12, 31), "Quy chế mới 2026");
        var replaced = await ImportAsync(Spending("Quy chế 2026", "2026-01-01", "office-chief"));
        var reimported = await ImportAsync(Spending("Quy chế 2025", "2025-01-01"));

        Assert.Equal(new DateOnly(2025, 12, 31), ended.Value.EffectiveTo);
        Assert.True(replaced.IsSuccess, replaced.IsFailure ? replaced.FirstError.Message : null);
        Assert.True(reimported.IsSuccess, reimported.IsFailure ? reimported.FirstError.Message : null);
        Assert.Equal(new DateOnly(2025, 12, 31), reimported.Value.Single().EffectiveTo);
        Assert.Equal(new RuleSetEnd("Quy chế 2025", new DateOnly(2025, 12, 31), null, "Quy chế mới 2026", "admin", _clock.GetUtcNow()), Assert.Single(_store.Ends));
        Assert.Equal(Decider.UnitHead, await DecideSpendAsync(new DateOnly(2025, 12, 31)));
        Assert.Equal(Decider.OfficeChief, await DecideSpendAsync(new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData("Quy chế", 2024, 12, 31, "Lý do", AuthorityErrors.BadRuleSetEnd)]
    [InlineData("Quy chế", 2025, 6, 30, " ", AuthorityErrors.BadRuleSetEnd)]
    [InlineData("Không có", 2025, 6, 30, "Lý do", AuthorityErrors.UnknownRuleSet)]
    public async Task Ending_IsRefused_BeforeTheStart_WithoutAReason_OrForAnUnknownSet(string name, int y, int m, int d, string reason, string code)
    {
        Assert.True((await ImportAsync(Spending("Quy chế", "2025-01-01"))).IsSuccess);

        var r = await EndAsync(name, new DateOnly(y, m, d), reason);

        Assert.Equal(code, r.FirstError.Code);
        Assert.Empty(_store.Ends);
    }

    [Fact]
    public async Task Ending_MayOnlyShortenAnEndAlreadySet()
    {
        Assert.True((await ImportAsync(Spending("Quy chế", "2025-01-01"))).IsSuccess);
        Assert.True((await EndAsync("Quy chế", new DateOnly(2025, 6, 30))).IsSuccess);

        Assert.Equal(AuthorityErrors.BadRuleSetEnd, (await EndAsync("Quy chế", new DateOnly(2025, 7, 31))).FirstError.Code);
        Assert.Equal(new DateOnly(2025, 6, 29), (await EndAsync("Quy chế", new DateOnly(2025, 6, 29))).Value.EffectiveTo);
    }
}

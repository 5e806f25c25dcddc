using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Tests.Authority;

public class ApprovalUseCaseTests
{
    private const string Unit = "BTC";
    private readonly InMemoryAuthorityStore _store = new();
    private readonly FixedClock _clock = new(new DateTimeOffset(2024, 5, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    private async Task SeedAsync()
    {
        await Access.RegisterAsync(_store, _clock,
            ("ketoan", Role.Accountant, RoleScope.Unit(Unit)),
            ("truongban", Role.UnitHead, RoleScope.Unit(Unit)),
            ("chanhvp", Role.OfficeChief, RoleScope.Province),
            ("thuongtruc", Role.StandingBoard, RoleScope.Province));
        var imported = await new ImportRuleSets(_store, Access.Guard(_store, _clock)).ExecuteAsync(File.OpenText(ShippedRuleSets.BacNinh), "admin", CancellationToken.None);
        Assert.True(imported.IsSuccess);
    }

    private async Task<ApprovalRequest> SubmitAsync(long value, string maker = "ketoan")
    {
        var question = new AuthorityQuestion(AuthorityAction.Purchase, AssetClass.Other, UnitKind.PartyAgency, Funding.StateBudget, ValueBasis.PerAsset, SpendingKind.Any, value, new DateOnly(2024, 5, 2));
        var result = await new SubmitForApproval(_store, Access.Guard(_store, _clock), _clock).ExecuteAsync(new SubmitForApprovalRequest(DocumentKind.PurchaseProposal, "TTr-7", Unit, maker, question), CancellationToken.None);
        return result.Value;
    }

    private Task<PartyFinance.Domain.Common.Result<ApprovalRequest>> ApproveAsync(Guid id, int step, string login) =>
        new ApproveStep(_store, Access.Guard(_store, _clock), _clock, []).ExecuteAsync(new ApproveStepRequest(id, step, login, "QĐ-" + login, new DateOnly(2024, 5, 2)), CancellationToken.None);

    [Fact]
    public async Task ApproveStep_ThroughStoredRequest_ReleasesOnlyWhenStandingBoardSigns()
    {
        await SeedAsync();
        var request = await SubmitAsync(600_000_000);
        Assert.Equal(Decider.StandingBoard, request.Decision.Decider);

        Assert.False((await ApproveAsync(request.Id, 1, "truongban")).Value.IsReleased);
        Assert.False((await ApproveAsync(request.Id, 2, "chanhvp")).Value.IsReleased);
        Assert.True((await ApproveAsync(request.Id, 3, "thuongtruc")).Value.IsReleased);

        Assert.Equal(5, _store.StoredEvents(request.Id).Count);
        Assert.Equal(ApprovalEventKind.Released, _store.StoredEvents(request.Id)[^1].Kind);
    }

    [Fact]
    public async Task ApproveStep_ByTheMaker_IsRefusedAndNothingIsStored()
    {
        await SeedAsync();
        var request = await SubmitAsync(1_000, maker: "truongban");

        var result = await ApproveAsync(request.Id, 1, "truongban");

        Assert.Equal(AuthorityErrors.MakerCannotApprove, result.FirstError.Code);
        Assert.Single(_store.StoredEvents(request.Id));
    }

    [Fact]
    public async Task ApproveStep_ByUnknownLogin_IsRefused()
    {
        await SeedAsync();
        var request = await SubmitAsync(1_000);

        Assert.Equal(AuthorityErrors.UnknownUser, (await ApproveAsync(request.Id, 1, "ai-do")).FirstError.Code);
    }

    [Fact]
    public async Task ApproveStep_ByAnAccountant_IsRefusedByThePermissionGuard_AndByAnotherRole_OutOfScope()
    {
        await SeedAsync();
        var request = await SubmitAsync(1_000, maker: "truongban");

        Assert.Equal(PartyFinance.Application.Common.AccessErrors.NotPermitted, (await ApproveAsync(request.Id, 1, "ketoan")).FirstError.Code);
        Assert.Equal(AuthorityErrors.ApproverOutOfScope, (await ApproveAsync(request.Id, 1, "chanhvp")).FirstError.Code);
    }

    [Fact]
    public async Task RejectRequest_NeedsAReasonThenEndsTheRequest()
    {
        await SeedAsync();
        var request = await SubmitAsync(1_000);
        var reject = new RejectRequest(_store, Access.Guard(_store, _clock), _clock, []);

        var noReason = await reject.ExecuteAsync(new RejectRequestRequest(request.Id, "truongban", ""), CancellationToken.None);
        var withReason = await reject.ExecuteAsync(new RejectRequestRequest(request.Id, "truongban", "Không có trong dự toán"), CancellationToken.None);

        Assert.Equal(AuthorityErrors.RejectNeedsReason, noReason.FirstError.Code);
        Assert.Equal(ApprovalStatus.Rejected, withReason.Value.Status);
        Assert.Equal(ApprovalEventKind.Rejected, _store.StoredEvents(request.Id)[^1].Kind);
    }

    [Fact]
    public async Task SubmitForApproval_WhenNoRuleSetInForce_IsRefused()
    {
        await Access.RegisterAsync(_store, _clock, ("ketoan", Role.Accountant, RoleScope.Unit(Unit)));
        var question = new AuthorityQuestion(AuthorityAction.Purchase, AssetClass.Other, UnitKind.PartyAgency, Funding.StateBudget, ValueBasis.PerAsset, SpendingKind.Any, 1, new DateOnly(2024, 5, 2));

        var result = await new SubmitForApproval(_store, Access.Guard(_store, _clock), _clock).ExecuteAsync(new SubmitForApprovalRequest(DocumentKind.Voucher, "PC-1", Unit, "ketoan", question), CancellationToken.None);

        Assert.Equal(AuthorityErrors.NoRuleSet, result.FirstError.Code);
    }
}

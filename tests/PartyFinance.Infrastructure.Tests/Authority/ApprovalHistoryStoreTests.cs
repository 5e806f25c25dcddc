using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Authority;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Authority;

public sealed class ApprovalHistoryStoreTests
{
    [Fact]
    public Task ApprovalHistory_SurvivesEachSave_AndReleasesOnlyAfterTheLastStep_OnSqlite() => ChainRoundTrip(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task ApprovalHistory_SurvivesEachSave_AndReleasesOnlyAfterTheLastStep_OnPostgres() => ChainRoundTrip(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task ApprovalHistory_SurvivesEachSave_AndReleasesOnlyAfterTheLastStep_OnSqlServer() => ChainRoundTrip(DatabaseProvider.SqlServer);

    [Fact]
    public Task ApprovalEvents_CannotBeUpdatedOrDeleted_OnSqlite() => TriggersRefuse(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task ApprovalEvents_CannotBeUpdatedOrDeleted_OnPostgres() => TriggersRefuse(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task ApprovalEvents_CannotBeUpdatedOrDeleted_OnSqlServer() => TriggersRefuse(DatabaseProvider.SqlServer);

    private static async Task<(AuthorityStore Store, ApprovalRequest Request)> SubmitAsync(TestDatabase db)
    {
        var store = new AuthorityStore(db.Target);
        await store.SaveRuleSetsAsync(AuthorityFixtures.ShippedRuleSets(), CancellationToken.None);
        var submitted = ApprovalRequest.Submit(
            Guid.NewGuid(), DocumentKind.PurchaseProposal, "TTr-12/BTG", "BTG", "clerk", AuthorityFixtures.BoardPurchase,
            await store.LoadRuleSetsAsync(CancellationToken.None), AuthorityFixtures.Morning);
        Assert.True(submitted.IsSuccess, submitted.IsFailure ? submitted.FirstError.Message : null);
        await store.SaveRequestAsync(submitted.Value, CancellationToken.None);
        return (store, submitted.Value);
    }

    private static async Task ChainRoundTrip(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (store, request) = await SubmitAsync(db);
        var signers = new[]
        {
            AuthorityFixtures.Person("head", "Trưởng ban", Role.UnitHead, RoleScope.Unit("BTG")),
            AuthorityFixtures.Person("chief", "Chánh Văn phòng", Role.OfficeChief, RoleScope.Province),
            AuthorityFixtures.Person("board", "Thường trực", Role.StandingBoard, RoleScope.Province),
        };

        for (var step = 1; step <= signers.Length; step++)
        {
            var current = (await store.FindRequestAsync(request.Id, CancellationToken.None))!;
            Assert.Equal(ApprovalStatus.Pending, current.Status);
            var approved = current.Approve(step, signers[step - 1], $"{step}/QĐ", new DateOnly(2024, 3, step), AuthorityFixtures.Morning.AddHours(step));
            Assert.True(approved.IsSuccess, approved.IsFailure ? approved.FirstError.Message : null);
            await store.SaveRequestAsync(current, CancellationToken.None);
            request = current;
        }

        var stored = (await store.FindRequestAsync(request.Id, CancellationToken.None))!;
        Assert.Equal(ApprovalStatus.Released, stored.Status);
        Assert.Equal(request.Events, stored.Events);
        Assert.Equal(
            (DocumentKind.PurchaseProposal, "TTr-12/BTG", "BTG", "clerk", AuthorityFixtures.BoardPurchase, request.Decision),
            (stored.DocumentKind, stored.DocumentReference, stored.ProposingUnit, stored.Maker, stored.Question, stored.Decision));
        Assert.Equal(Decider.StandingBoard, stored.Decision.Decider);
        Assert.Equal([ApprovalEventKind.Submitted, ApprovalEventKind.Approved, ApprovalEventKind.Approved, ApprovalEventKind.Approved, ApprovalEventKind.Released],
            stored.Events.Select(e => e.Kind));
    }

    private static async Task TriggersRefuse(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (_, request) = await SubmitAsync(db);
        await using var ef = db.Target.CreateContext();

        var update = await Assert.ThrowsAnyAsync<DbException>(() => ef.Database.ExecuteSqlRawAsync("UPDATE approval_events SET reason = 'sửa lén'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => ef.Database.ExecuteSqlRawAsync("DELETE FROM approval_events"));
        var header = await Assert.ThrowsAnyAsync<DbException>(() => ef.Database.ExecuteSqlRawAsync("UPDATE approval_requests SET value = 1"));

        Assert.All([update, delete, header], e => Assert.Contains("chỉ được ghi thêm", e.Message, StringComparison.Ordinal));
        var events = await ef.ApprovalEvents.ToListAsync();
        var stored = Assert.Single(events);
        Assert.Equal((request.Id, 1, Domain.Authority.ApprovalEventKind.Submitted, (string?)null), (stored.RequestId, stored.Sequence, stored.Kind, stored.Reason));
    }
}

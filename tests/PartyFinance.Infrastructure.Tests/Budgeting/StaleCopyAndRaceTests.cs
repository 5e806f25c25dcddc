using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Authority;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Budgeting;

/// <summary>Interleavings that used to lose an update or end in a database error (exit 3).</summary>
public sealed class StaleCopyAndRaceTests
{
    [Fact]
    public Task StaleCopy_RejectedAfterApproval_IsRefused_AndNothingIsLost_OnSqlite() => StaleReject(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task StaleCopy_RejectedAfterApproval_IsRefused_AndNothingIsLost_OnPostgres() => StaleReject(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task StaleCopy_RejectedAfterApproval_IsRefused_AndNothingIsLost_OnSqlServer() => StaleReject(DatabaseProvider.SqlServer);

    [PostgresFact]
    public Task TwoCopiesSavedAtOnce_OneWins_TheOtherIsRefused_OnPostgres() => TwoCopiesSavedAtOnce_OneWins_TheOtherIsRefusedOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task TwoCopiesSavedAtOnce_OneWins_TheOtherIsRefused_OnSqlServer() => TwoCopiesSavedAtOnce_OneWins_TheOtherIsRefusedOn(DatabaseProvider.SqlServer);

    private async Task TwoCopiesSavedAtOnce_OneWins_TheOtherIsRefusedOn(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        await w.AllocateAsync(10_000_000);
        var id = await w.SubmittedRequestAsync(1_000_000);
        for (var round = 0; round < 5; round++)
        {
            var id2 = round == 0 ? id : await w.SubmittedRequestAsync(1_000_000);
            var a = (await w.Store().FindRequestAsync(id2, CancellationToken.None))!;
            var b = (await w.Store().FindRequestAsync(id2, CancellationToken.None))!;
            Assert.True(a.Reject("thutruong", w.Clock.GetUtcNow(), "Sai mục").IsSuccess);
            Assert.True(b.Cancel(null, "ketoan", w.Clock.GetUtcNow(), "Hoãn").IsSuccess);

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var saves = new[] { a, b }.Select(r => Task.Run(async () =>
            {
                await start.Task;
                return await w.Store().SaveRequestAsync(r, CancellationToken.None);
            })).ToList();
            start.SetResult();
            var results = await Task.WhenAll(saves);

            Assert.Single(results, r => r.IsSuccess);
            Assert.Equal(SpendingErrors.ConcurrentChange, Assert.Single(results, r => r.IsFailure).FirstError.Code);
            var stored = (await w.Store().FindRequestAsync(id2, CancellationToken.None))!;
            Assert.Equal(3, stored.History.Count);
            Assert.Equal(stored.Status, stored.History[^1].To);
        }
    }

    [PostgresFact]
    public Task TwoImportsOfTheSameNewLineAtOnce_BothAnswer_NeverADatabaseError_OnPostgres() => TwoImportsOfTheSameNewLineAtOnce_BothAnswer_NeverADatabaseErrorOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task TwoImportsOfTheSameNewLineAtOnce_BothAnswer_NeverADatabaseError_OnSqlServer() => TwoImportsOfTheSameNewLineAtOnce_BothAnswer_NeverADatabaseErrorOn(DatabaseProvider.SqlServer);

    private async Task TwoImportsOfTheSameNewLineAtOnce_BothAnswer_NeverADatabaseErrorOn(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        var csv = $"unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n{BudgetWorld.Unit},2026,NSNN,autonomous,340-351,6501,5000000,12-QĐ/VPTU,2026-01-05\n";

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var imports = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            var store = w.Store();
            return await new ImportEstimates(store, TestReference.Budget, new LedgerVoucherPoster(store, w.Clock), w.Access, "ketoan").RunAsync(new StringReader(csv), CancellationToken.None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(imports);

        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Contains(results, r => r.IsSuccess);
        Assert.Equal(5_000_000L * results.Count(r => r.IsSuccess), line.Allocated);
        Assert.All(results.Where(r => r.IsFailure), r => Assert.False(string.IsNullOrWhiteSpace(r.FirstError.Message)));
    }

    [PostgresFact]
    public Task TwoApproversSigningTheSameStepAtOnce_OneSigns_TheOtherIsRefused_OnPostgres() => TwoApproversSigningTheSameStepAtOnce_OneSigns_TheOtherIsRefusedOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task TwoApproversSigningTheSameStepAtOnce_OneSigns_TheOtherIsRefused_OnSqlServer() => TwoApproversSigningTheSameStepAtOnce_OneSigns_TheOtherIsRefusedOn(DatabaseProvider.SqlServer);

    private async Task TwoApproversSigningTheSameStepAtOnce_OneSigns_TheOtherIsRefusedOn(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, shippedRuleSets: false);
        var store = new AuthorityStore(db.Target);
        await store.SaveRuleSetsAsync(AuthorityFixtures.ShippedRuleSets(), CancellationToken.None);
        foreach (var login in new[] { "head1", "head2" })
        {
            await store.SaveUserAsync(AuthorityFixtures.Person(login, "Trưởng ban " + login, Role.UnitHead, RoleScope.Unit("BTG")), CancellationToken.None);
        }

        await store.SaveUserAsync(AuthorityFixtures.Person("clerk", "Kế toán BTG", Role.Accountant, RoleScope.Unit("BTG")), CancellationToken.None);
        var clock = new Fixed(AuthorityFixtures.Morning);
        var access = TestAccess.Guard(db.Target, clock);
        for (var round = 0; round < 5; round++)
        {
            var submitted = await new SubmitForApproval(store, access, clock).ExecuteAsync(
                new SubmitForApprovalRequest(DocumentKind.PurchaseProposal, $"TTr-{round}/BTG", "BTG", "clerk", AuthorityFixtures.BoardPurchase), CancellationToken.None);
            var id = submitted.Value.Id;

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var signatures = new[] { "head1", "head2" }.Select(login => Task.Run(async () =>
            {
                await start.Task;
                return await new ApproveStep(new AuthorityStore(db.Target), access, clock, []).ExecuteAsync(
                    new ApproveStepRequest(id, 1, login, "1/QĐ", new DateOnly(2024, 3, 1)), CancellationToken.None);
            })).ToList();
            start.SetResult();
            var results = await Task.WhenAll(signatures);

            Assert.Single(results, r => r.IsSuccess);
            var refusal = Assert.Single(results, r => r.IsFailure).FirstError;
            Assert.Contains(refusal.Code, new[] { AuthorityErrors.ConcurrentChange, AuthorityErrors.StepOutOfOrder });
            var stored = (await store.FindRequestAsync(id, CancellationToken.None))!;
            Assert.Equal([ApprovalEventKind.Submitted, ApprovalEventKind.Approved], stored.Events.Select(e => e.Kind));
        }
    }

    [PostgresFact]
    public Task TwoUnitHeadsSigningTheSameSpendingStepAtOnce_OneSigns_TheOtherIsRefused_OnPostgres() => TwoUnitHeadsSigningTheSameSpendingStepAtOnce_OneSigns_TheOtherIsRefusedOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task TwoUnitHeadsSigningTheSameSpendingStepAtOnce_OneSigns_TheOtherIsRefused_OnSqlServer() => TwoUnitHeadsSigningTheSameSpendingStepAtOnce_OneSigns_TheOtherIsRefusedOn(DatabaseProvider.SqlServer);

    private async Task TwoUnitHeadsSigningTheSameSpendingStepAtOnce_OneSigns_TheOtherIsRefusedOn(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        await new AuthorityStore(w.Db.Target).SaveUserAsync(AuthorityFixtures.Person("phothutruong", "Phó thủ trưởng", Role.UnitHead, RoleScope.Unit(BudgetWorld.Unit)), CancellationToken.None);
        await w.AllocateAsync(10_000_000);
        for (var round = 0; round < 5; round++)
        {
            var id = await w.SubmittedRequestAsync(1_000_000);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var signatures = new[] { BudgetWorld.UnitHead, "phothutruong" }.Select(login => Task.Run(async () =>
            {
                await start.Task;
                return await w.ApproveAsync(id, login);
            })).ToList();
            start.SetResult();
            var results = await Task.WhenAll(signatures);

            Assert.Single(results, r => r.IsSuccess);
            Assert.Equal(SpendingErrors.InvalidTransition, Assert.Single(results, r => r.IsFailure).FirstError.Code);
            var stored = (await w.Store().FindRequestAsync(id, CancellationToken.None))!;
            Assert.Equal((SpendingStatus.Approved, 3), (stored.Status, stored.History.Count));
        }

        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Equal(5_000_000, line.Committed);
    }

    private static async Task StaleReject(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        await w.AllocateAsync(10_000_000);
        var id = await w.SubmittedRequestAsync(1_000_000);
        var stale = (await w.Store().FindRequestAsync(id, CancellationToken.None))!;
        Assert.True((await w.ApproveAsync(id)).IsSuccess);

        Assert.True(stale.Reject(BudgetWorld.UnitHead, w.Clock.GetUtcNow(), "Sai mục").IsSuccess);
        var saved = await w.Store().SaveRequestAsync(stale, CancellationToken.None);
        var again = await new Application.Budgeting.RejectRequest(w.Store(), w.Authority, w.Access, w.Clock).RunAsync(id, BudgetWorld.UnitHead, "Sai mục", CancellationToken.None);

        Assert.Equal(SpendingErrors.ConcurrentChange, saved.FirstError.Code);
        Assert.Equal(SpendingErrors.InvalidTransition, again.FirstError.Code);
        var stored = (await w.Store().FindRequestAsync(id, CancellationToken.None))!;
        Assert.Equal((SpendingStatus.Approved, "approve"), (stored.Status, stored.History[^1].Action));
        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Equal((1_000_000L, CommitmentStatus.Pending), (line.Committed, line.Commitments.Single().Status));
    }

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
    }
}

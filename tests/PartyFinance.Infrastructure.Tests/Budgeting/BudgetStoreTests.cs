using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Ledger;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Budgeting;

public sealed class BudgetStoreTests
{
    [Fact]
    public Task ApprovedRequest_RoundTripsWithHistoryAndCommitment_OnSqlite() => ApprovedRequestRoundTrips(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task ApprovedRequest_RoundTripsWithHistoryAndCommitment_OnPostgres() => ApprovedRequestRoundTrips(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task ApprovedRequest_RoundTripsWithHistoryAndCommitment_OnSqlServer() => ApprovedRequestRoundTrips(DatabaseProvider.SqlServer);

    [Fact]
    public Task Plan_RoundTripsWithVersionsAndApproval_OnSqlite() => PlanRoundTrips(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Plan_RoundTripsWithVersionsAndApproval_OnPostgres() => PlanRoundTrips(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task Plan_RoundTripsWithVersionsAndApproval_OnSqlServer() => PlanRoundTrips(DatabaseProvider.SqlServer);

    [Fact]
    public async Task LockedWork_ThatRefuses_LeavesTheLineUntouched()
    {
        await using var w = await BudgetWorld.CreateAsync(DatabaseProvider.Sqlite);
        await w.AllocateAsync(5_000_000);
        var result = await w.Store().InLockedLinesAsync([BudgetWorld.Line()], locked =>
        {
            var line = locked.Find(BudgetWorld.Line())!;
            Assert.True(line.Commit(99, 1_000_000).IsSuccess);
            return Task.FromResult(Domain.Common.Result.Failure<int>(BudgetErrors.Error(BudgetErrors.Insufficient, "từ chối thử")));
        }, CancellationToken.None);

        Assert.True(result.IsFailure);
        var stored = await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None);
        Assert.Equal((0L, 5_000_000L), (stored!.Committed, stored.Available));
        Assert.Empty(stored.Commitments);
    }

    [Fact]
    public async Task Payment_RefusedByTheLedger_RollsBackVoucherAndSpending()
    {
        await using var w = await BudgetWorld.CreateAsync(DatabaseProvider.Sqlite);
        await w.AllocateAsync(5_000_000);
        var id = await w.SubmittedRequestAsync(2_000_000);
        Assert.True((await w.ApproveAsync(id)).IsSuccess);

        // March 2026 is locked, so the ledger refuses the voucher inside the unit of work.
        Assert.True((await new Application.Ledger.ChangePeriodLock(new LedgerStore(w.Db.Target, w.Clock), w.Access, w.Clock).LockAsync(BudgetWorld.Unit, 2026, 3, "ketoantruong", CancellationToken.None)).IsSuccess);
        var store = w.Store();
        var paid = await new PayRequest(store, new LedgerVoucherPoster(store, w.Clock), w.Reference, w.Access, w.Clock)
            .RunAsync(id, "ketoan", BudgetWorld.Today, PaymentMethod.BudgetWithdrawal, false, CancellationToken.None);

        Assert.True(paid.IsFailure);
        var line = await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None);
        Assert.Equal((2_000_000L, 0L), (line!.Committed, line.Spent));
        Assert.Equal(SpendingStatus.Approved, (await w.Store().FindRequestAsync(id, CancellationToken.None))!.Status);
        Assert.Equal(["DTG"], (await new LedgerQueries(w.Db.Target).ListVouchersAsync(null, null, CancellationToken.None)).Select(v => v.Type));
    }

    [Fact]
    public async Task Payment_PostsTheVoucherAndSpendsTheCommitment_InOneTransaction()
    {
        await using var w = await BudgetWorld.CreateAsync(DatabaseProvider.Sqlite);
        await w.AllocateAsync(5_000_000);
        var id = await w.SubmittedRequestAsync(2_000_000);
        Assert.True((await w.ApproveAsync(id)).IsSuccess);

        var store = w.Store();
        var paid = await new PayRequest(store, new LedgerVoucherPoster(store, w.Clock), w.Reference, w.Access, w.Clock)
            .RunAsync(id, "ketoan", BudgetWorld.Today, PaymentMethod.BudgetWithdrawal, false, CancellationToken.None);

        Assert.True(paid.IsSuccess, string.Join("; ", paid.Errors.Select(e => e.Describe())));
        var line = await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None);
        Assert.Equal((0L, 2_000_000L, 3_000_000L), (line!.Committed, line.Spent, line.Available));
        var vouchers = await new LedgerQueries(w.Db.Target).ListVouchersAsync(null, null, CancellationToken.None);
        Assert.Equal(paid.Value.VoucherNo, Assert.Single(vouchers, v => v.Type != "DTG").Number);
    }

    private static async Task ApprovedRequestRoundTrips(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        await w.AllocateAsync(10_000_000);
        var id = await w.SubmittedRequestAsync(3_000_000);
        var approved = await w.ApproveAsync(id);
        Assert.True(approved.IsSuccess, string.Join("; ", approved.Errors.Select(e => e.Describe())));

        var request = (await w.Store().FindRequestAsync(id, CancellationToken.None))!;
        Assert.Equal(SpendingStatus.Approved, request.Status);
        Assert.Equal(["create", "submit", "approve"], request.History.Select(h => h.Action));
        Assert.Equal("Thẩm quyền: Thủ trưởng đơn vị theo bộ quy tắc 'Quy chế chi tiêu nội bộ — mẫu' (mẫu (chưa ban hành)), Điều 6 khoản 1 quy chế chi tiêu nội bộ (mẫu, thay bằng quy chế thật)", request.History[^1].Reason);
        Assert.Equal(BudgetWorld.Line(), request.Key);

        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Equal((10_000_000L, 3_000_000L, 7_000_000L), (line.Allocated, line.Committed, line.Available));
        Assert.Equal(new Commitment(id, 3_000_000, CommitmentStatus.Pending), Assert.Single(line.Commitments));
        Assert.Equal(MovementKind.Allocation, Assert.Single(line.Movements).Kind);
        var mode = await w.Store().FindControlModeAsync("NSNN", 2026, CancellationToken.None);
        Assert.True(mode!.IsFixed);
    }

    private static async Task PlanRoundTrips(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        var added = await new AddRecurringPlan(w.Store(), w.Access, w.Clock).RunAsync(new NewRecurringPlan(BudgetWorld.Line(), "Công ty Điện lực", 1_500_000,
            Schedule.Monthly, new YearMonth(2026, 1), new YearMonth(2026, 12), "ketoan", "Tiền điện"), CancellationToken.None);
        var submitted = await new SubmitRecurringPlan(w.Store(), w.Authority, w.Access, w.Clock).RunAsync(added.Value.Id, "ketoan", CancellationToken.None);
        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors.Select(e => e.Describe())));
        Assert.Equal((PlanStatus.Submitted, submitted.Value.Approval.Id), ((await w.Store().FindPlanAsync(added.Value.Id, CancellationToken.None))!.Status,
            (await w.Store().FindPlanAsync(added.Value.Id, CancellationToken.None))!.ApprovalId!.Value));
        var approved = await new ApproveRecurringPlan(w.Store(), w.Authority, w.Access, w.Clock).RunAsync(added.Value.Id, BudgetWorld.UnitHead, BudgetWorld.Today, "QĐ-02", CancellationToken.None);
        Assert.True(approved.IsSuccess, string.Join("; ", approved.Errors.Select(e => e.Describe())));

        var plan = (await w.Store().FindPlanAsync(added.Value.Id, CancellationToken.None))!;
        Assert.Equal((PlanStatus.Approved, "unit-head", 18_000_000L), (plan.Status, plan.Approval!.Decider, plan.Approval.YearlyTotal));
        Assert.Equal(approved.Value.Approval.Id, plan.ApprovalId);
        Assert.Equal(ApprovalStatus.Released, (await w.Store().FindApprovalAsync(approved.Value.Approval.Id, CancellationToken.None))!.Status);
        Assert.Equal(new YearMonth(2026, 12), plan.End);
        Assert.Equal(1_500_000, Assert.Single(plan.Versions).Amount);
        Assert.Equal("Tiền điện", plan.Purpose);
    }
}

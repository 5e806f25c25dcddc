using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Budgeting;

public sealed class ConcurrencyAndRecurringTests
{
    [PostgresFact]
    public Task FiftyConcurrentApprovals_OfOneMillion_AgainstTenMillion_ApproveExactlyTen() => FiftyConcurrentApprovals_OfOneMillion_AgainstTenMillion_ApproveExactlyTenOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task FiftyConcurrentApprovals_OfOneMillion_AgainstTenMillion_ApproveExactlyTen_OnSqlServer() => FiftyConcurrentApprovals_OfOneMillion_AgainstTenMillion_ApproveExactlyTenOn(DatabaseProvider.SqlServer);

    private async Task FiftyConcurrentApprovals_OfOneMillion_AgainstTenMillion_ApproveExactlyTenOn(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        await w.AllocateAsync(10_000_000);
        var ids = new List<long>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await w.SubmittedRequestAsync(1_000_000));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = ids.Select(id => Task.Run(async () =>
        {
            await start.Task;
            return await w.ApproveAsync(id); // each call: its own BudgetStore, context and connection
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(10, results.Count(r => r.IsSuccess));
        var refused = results.Where(r => r.IsFailure).ToList();
        Assert.Equal(40, refused.Count);
        Assert.All(refused, r => Assert.Equal(BudgetErrors.Insufficient, Assert.Single(r.Errors).Code));
        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Equal((0L, 10_000_000L, 10), (line.Available, line.Committed, line.Commitments.Count));
        var approved = (await w.Store().RequestsAsync(null, CancellationToken.None)).Count(r => r.Status == SpendingStatus.Approved);
        Assert.Equal(10, approved);
    }

    [Fact]
    public Task RecurringRun_Twice_CreatesNothingNew_OnSqlite() => RunTwice(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task RecurringRun_Twice_CreatesNothingNew_OnPostgres() => RunTwice(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task RecurringRun_Twice_CreatesNothingNew_OnSqlServer() => RunTwice(DatabaseProvider.SqlServer);

    [Fact]
    public async Task RecurringRun_WithoutRoom_LeavesOccurrencesAwaitingBudget_AndApprovesThemOnceSupplemented()
    {
        await using var w = await BudgetWorld.CreateAsync(DatabaseProvider.Sqlite);
        await w.AllocateAsync(1_000_000);
        var plan = await ApprovedMonthlyPlanAsync(w, 1_000_000);

        var first = (await new RunRecurring(w.Store(), w.Access, w.Clock).RunAsync(new YearMonth(2026, 3), "ketoan", CancellationToken.None)).Value;
        Assert.Equal(3, first.Created.Count);
        Assert.Single(first.Approved);
        Assert.Equal(2, first.StillWaiting.Count);

        var waiting = await w.Store().RequestsOfPlanAsync(plan, CancellationToken.None);
        Assert.Equal(2, waiting.Count(r => r.Status == SpendingStatus.AwaitingBudget));

        var budget = w.Store();
        var supplement = await new RecordEstimateChange(budget, TestReference.Budget, new LedgerVoucherPoster(budget, w.Clock), w.Access, "ketoan").RunAsync(BudgetWorld.Line(), MovementKind.Supplement, 2_000_000, "15-QĐ/VPTU",
            new DateOnly(2026, 3, 10), CancellationToken.None);
        Assert.True(supplement.IsSuccess);
        var second = (await new RunRecurring(w.Store(), w.Access, w.Clock).RunAsync(new YearMonth(2026, 3), "ketoan", CancellationToken.None)).Value;
        Assert.Empty(second.Created);
        Assert.Equal(2, second.Approved.Count);
        Assert.Empty(second.StillWaiting);
        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Equal((1_000_000L, 2_000_000L, 3_000_000L, 0L), (line.Allocated, line.Adjustments, line.Committed, line.Available));
    }

    private static async Task RunTwice(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        await w.AllocateAsync(100_000_000);
        var plan = await ApprovedMonthlyPlanAsync(w, 2_000_000);

        var first = (await new RunRecurring(w.Store(), w.Access, w.Clock).RunAsync(new YearMonth(2026, 4), "ketoan", CancellationToken.None)).Value;
        var second = (await new RunRecurring(w.Store(), w.Access, w.Clock).RunAsync(new YearMonth(2026, 4), "ketoan", CancellationToken.None)).Value;

        Assert.Equal(4, first.Created.Count);
        Assert.Equal(4, first.Approved.Count);
        Assert.Empty(second.Created);
        Assert.Empty(second.Approved);
        var months = (await w.Store().RequestsOfPlanAsync(plan, CancellationToken.None)).Select(r => r.PlanMonth!.Value.ToString()).Order().ToList();
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04"], months);
        var line = (await w.Store().FindLineAsync(BudgetWorld.Line(), CancellationToken.None))!;
        Assert.Equal(8_000_000, line.Committed);
    }

    private static async Task<long> ApprovedMonthlyPlanAsync(BudgetWorld w, long amount)
    {
        var added = await new AddRecurringPlan(w.Store(), w.Access, w.Clock).RunAsync(new NewRecurringPlan(BudgetWorld.Line(), "Công ty Điện lực", amount,
            Schedule.Monthly, new YearMonth(2026, 1), null, "ketoan"), CancellationToken.None);
        var submitted = await new SubmitRecurringPlan(w.Store(), w.Authority, w.Access, w.Clock).RunAsync(added.Value.Id, "ketoan", CancellationToken.None);
        Assert.True(submitted.IsSuccess, string.Join("; ", submitted.Errors.Select(e => e.Describe())));
        var approved = await new ApproveRecurringPlan(w.Store(), w.Authority, w.Access, w.Clock).RunAsync(added.Value.Id, BudgetWorld.UnitHead, BudgetWorld.Today, "QĐ-01", CancellationToken.None);
        Assert.True(approved.IsSuccess, string.Join("; ", approved.Errors.Select(e => e.Describe())));
        return added.Value.Id;
    }
}

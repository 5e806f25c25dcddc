using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Budgeting;

/// <summary>A plan moves only from the status its copy read: a stale copy is refused, and two submissions at once open one chain.</summary>
public sealed class PlanRaceTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Ledger.Providers.All), MemberType = typeof(Ledger.Providers))]
    public async Task AStaleCopyOfAPlan_IsRefused_AndTheStoredPlanIsTheOtherCopy(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        var id = await AddAsync(w);
        var a = (await w.Store().FindPlanAsync(id, Ct))!;
        var b = (await w.Store().FindPlanAsync(id, Ct))!;
        Assert.True(a.Submit(Guid.NewGuid()).IsSuccess);
        Assert.True(b.ChangeAmount(new YearMonth(2026, 6), 2_000_000, "ketoan", w.Clock.GetUtcNow()).IsSuccess);

        Assert.True((await w.Store().SavePlanAsync(a, Ct)).IsSuccess);
        var stale = await w.Store().SavePlanAsync(b, Ct);

        Assert.Equal(SpendingErrors.ConcurrentChange, stale.FirstError.Code);
        var stored = (await w.Store().FindPlanAsync(id, Ct))!;
        Assert.Equal((PlanStatus.Submitted, a.ApprovalId, 1), (stored.Status, stored.ApprovalId, stored.Versions.Count));
    }

    [PostgresFact]
    public Task TwoSubmissionsOfThePlanAtOnce_OneOpensTheChain_TheOtherIsRefused_OnPostgres() => TwoSubmissionsOfThePlanAtOnce_OneOpensTheChain_TheOtherIsRefusedOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task TwoSubmissionsOfThePlanAtOnce_OneOpensTheChain_TheOtherIsRefused_OnSqlServer() => TwoSubmissionsOfThePlanAtOnce_OneOpensTheChain_TheOtherIsRefusedOn(DatabaseProvider.SqlServer);

    private async Task TwoSubmissionsOfThePlanAtOnce_OneOpensTheChain_TheOtherIsRefusedOn(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        for (var round = 0; round < 5; round++)
        {
            var id = await AddAsync(w);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var submits = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await new SubmitRecurringPlan(w.Store(), w.Authority, w.Access, w.Clock).RunAsync(id, "ketoan", Ct);
            })).ToList();
            start.SetResult();
            var results = await Task.WhenAll(submits);

            var won = Assert.Single(results, r => r.IsSuccess);
            Assert.Contains(Assert.Single(results, r => r.IsFailure).FirstError.Code, new[] { SpendingErrors.ConcurrentChange, SpendingErrors.InvalidTransition });
            var stored = (await w.Store().FindPlanAsync(id, Ct))!;
            Assert.Equal((PlanStatus.Submitted, won.Value.Approval.Id), (stored.Status, stored.ApprovalId!.Value));
            Assert.Equal(ApprovalStatus.Pending, (await w.Store().FindApprovalAsync(won.Value.Approval.Id, Ct))!.Status);
            await using var db = w.Db.Target.CreateContext();
            Assert.Equal(1, await db.ApprovalRequests.CountAsync(r => r.DocumentReference == "PLAN-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct));
        }
    }

    private static async Task<long> AddAsync(BudgetWorld w)
    {
        var added = await new AddRecurringPlan(w.Store(), w.Access, w.Clock).RunAsync(new NewRecurringPlan(BudgetWorld.Line(), "Công ty Điện lực", 1_000_000,
            Schedule.Monthly, new YearMonth(2026, 1), null, "ketoan"), Ct);
        Assert.True(added.IsSuccess, string.Join("; ", added.Errors.Select(e => e.Describe())));
        return added.Value.Id;
    }
}

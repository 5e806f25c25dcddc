using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Assets;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Budgeting;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Assets;

/// <summary>The tools register's store: history appended after the version read, a stale copy refused with nothing written.</summary>
public sealed class ToolStoreTests
{
    [Fact]
    public Task AStaleCopy_IsRefused_AndTheHistoryKeepsOnlyTheFirstSave_OnSqlite() => StaleAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task AStaleCopy_IsRefused_AndTheHistoryKeepsOnlyTheFirstSave_OnPostgres() => StaleAsync(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task AStaleCopy_IsRefused_AndTheHistoryKeepsOnlyTheFirstSave_OnSqlServer() => StaleAsync(DatabaseProvider.SqlServer);

    private static async Task StaleAsync(DatabaseProvider provider)
    {
        await using var w = await BudgetWorld.CreateAsync(provider);
        var store = new ToolStore(w.Db.Target, TestReference.Estimates, w.Clock);
        var at = w.Clock.GetUtcNow();
        var tool = Tool.Open("CC-1", "Bàn phím", BudgetWorld.Unit, "bộ", new ToolLine("NSNN", Autonomy.Autonomous, "340-351", "6956"), null, ToolEventKind.Receipt,
            new DateOnly(2026, 3, 1), 3, 3_000_000, null, null, "ketoan", at).Value;
        Assert.True((await store.InWorkAsync(async work => Result.Success(await work.SaveAsync([tool], CancellationToken.None)), CancellationToken.None)).Value.IsSuccess);

        var a = (await store.FindAsync("CC-1", CancellationToken.None))!;
        var b = (await store.FindAsync("CC-1", CancellationToken.None))!;
        Assert.True(a.Issue(new DateOnly(2026, 4, 1), 1, null, null, "ketoan", at).IsSuccess);
        Assert.True(b.Issue(new DateOnly(2026, 4, 1), 2, null, null, "ketoan", at).IsSuccess);

        var first = await store.InWorkAsync(async work => Result.Success(await work.SaveAsync([a], CancellationToken.None)), CancellationToken.None);
        var second = await store.InWorkAsync(async work => Result.Success(await work.SaveAsync([b], CancellationToken.None)), CancellationToken.None);

        Assert.True(first.Value.IsSuccess);
        Assert.Equal(ToolErrors.Stale, second.Value.FirstError.Code);
        var stored = (await store.FindAsync("CC-1", CancellationToken.None))!;
        Assert.Equal((2, 1), (stored.Events.Count, stored.IssuedQuantity));
        Assert.Equal(2, stored.Version);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using PartyFinance.Application.Authority;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Authority;

public sealed class RuleSetEndStoreTests
{
    private const string Spending = "Quy chế chi tiêu nội bộ — mẫu";

    [Fact]
    public Task EndingAShippedSet_IsStoredAppendOnly_AndKeptByDbInitAndReimport_OnSqlite() => EndAndKeep(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task EndingAShippedSet_IsStoredAppendOnly_AndKeptByDbInitAndReimport_OnPostgres() => EndAndKeep(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task EndingAShippedSet_IsStoredAppendOnly_AndKeptByDbInitAndReimport_OnSqlServer() => EndAndKeep(DatabaseProvider.SqlServer);

    private static async Task EndAndKeep(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new AuthorityStore(db.Target);
        var clock = new Fixed(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        Assert.All(await store.LoadRuleSetsAsync(CancellationToken.None), s => Assert.Equal("U", s.Verified));

        await TestAccess.RegisterAsync(db.Target, clock);
        var ended = await new EndRuleSet(store, TestAccess.Guard(db.Target, clock), clock).ExecuteAsync(new EndRuleSetRequest(Spending, new DateOnly(2025, 12, 31), "Quy chế 2026", "admin"), CancellationToken.None);
        Assert.True(ended.IsSuccess, ended.IsFailure ? ended.FirstError.Message : null);
        var init = await new DatabaseInitializer(db.Target, clock).RunAsync(RepoPaths.ReferenceFolder, "admin", CancellationToken.None);
        var reimport = await new ImportRuleSets(store, TestAccess.Guard(db.Target, clock))
            .ExecuteAsync(File.OpenText(RepoPaths.Db("authority", "quy-che-chi-tieu-noi-bo-mau.csv")), "admin", CancellationToken.None);

        Assert.True(init.IsSuccess);
        Assert.All(init.Value.Files, f => Assert.False(f.Changed));
        Assert.Equal(new DateOnly(2025, 12, 31), reimport.Value.Single().EffectiveTo);
        var stored = (await store.LoadRuleSetsAsync(CancellationToken.None)).Single(s => s.Name == Spending);
        Assert.Equal(new DateOnly(2025, 12, 31), stored.EffectiveTo);
        var end = Assert.Single(await store.LoadRuleSetEndsAsync(CancellationToken.None));
        Assert.Equal((Spending, new DateOnly(2025, 12, 31), (DateOnly?)null, "Quy chế 2026", "admin", clock.GetUtcNow()),
            (end.RuleSet, end.LastDay, end.PreviousEffectiveTo, end.Reason, end.By, end.At));

        await using var ef = db.Target.CreateContext();
        var update = await Assert.ThrowsAnyAsync<DbException>(() => ef.Database.ExecuteSqlRawAsync("UPDATE authority_rule_set_ends SET reason = 'sửa lén'"));
        var delete = await Assert.ThrowsAnyAsync<DbException>(() => ef.Database.ExecuteSqlRawAsync("DELETE FROM authority_rule_set_ends"));
        Assert.All([update, delete], e => Assert.Contains("chỉ được ghi thêm", e.Message, StringComparison.Ordinal));
    }

    private sealed class Fixed(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyFinance.Infrastructure.Authority;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Authority;

/// <summary>M0004 numbers the approval requests already stored in submission order; new ones continue the count.</summary>
public sealed class ApprovalNumberTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrade_NumbersStoredRequestsInSubmissionOrder_AndTheCounterContinues(DatabaseProvider provider)
    {
        await using var old = await TestDatabase.CreateAsync(provider, initialise: false);
        var (late, early) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = old.Target.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000003_Budgeting", Ct);
            await InsertRequestAsync(db, late, new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
            await InsertRequestAsync(db, early, new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero));
        }

        var upgraded = await new DatabaseInitializer(old.Target, TimeProvider.System).RunAsync(RepoPaths.ReferenceFolder, "test", Ct);
        Assert.True(upgraded.IsSuccess);
        Assert.Contains("20261201000006_ApprovalNumbers", upgraded.Value.AppliedMigrations);

        var numbers = new ApprovalNumbers(old.Target);
        Assert.Equal(early, await numbers.ResolveAsync("1", Ct));
        Assert.Equal(late, await numbers.ResolveAsync("#2", Ct));
        Assert.Equal(Guid.Empty, await numbers.ResolveAsync("3", Ct));
        Assert.Null(await numbers.ResolveAsync("ba", Ct));
        Assert.NotNull(await new AuthorityStore(old.Target).FindRequestAsync(early, Ct));

        await using (var db = old.Target.CreateContext())
        {
            var next = Guid.NewGuid();
            await InsertRequestAsync(db, next, new DateTimeOffset(2025, 6, 3, 9, 0, 0, TimeSpan.Zero));
            await ApprovalNumbers.AssignAsync(db, next, Ct);
            await db.SaveChangesAsync(Ct);
            Assert.Equal(3, await numbers.NumberOfAsync(next, Ct));
        }
    }

    private static async Task InsertRequestAsync(PartyFinanceDbContext db, Guid id, DateTimeOffset at)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO approval_requests (id, document_kind, document_reference, proposing_unit, maker, action, asset_class, unit_kind, funding, basis, " +
            "spending_kind, value, question_date, decider, rule_set, decision_no, citation, requires_opinion, rule_row) " +
            "VALUES ({0}, 'purchase-proposal', 'TTr-1', 'BTG', 'clerk', 'purchase', 'other', 'party-agency', 'any', 'per-asset', 'any', 1000, {1}, " +
            "'unit-head', 'Bắc Ninh 332-QĐ/TU', '332-QĐ/TU', 'Điều 5', NULL, 2)", [id, DateOnly.FromDateTime(at.UtcDateTime)], Ct);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO approval_events (request_id, sequence, kind, at, actor, step, decider, decision_no, decision_date, rule_applied, reason) " +
            "VALUES ({0}, 1, 'submitted', {1}, 'clerk', NULL, NULL, NULL, NULL, 'r', NULL)", [id, at], Ct);
    }
}

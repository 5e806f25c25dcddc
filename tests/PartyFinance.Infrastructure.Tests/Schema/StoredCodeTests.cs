using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Schema;

/// <summary>Every enum column of the model is stored through the one code table of its enum, as text, with the spelling stored before.</summary>
public class StoredCodeTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task EveryEnumProperty_OfTheModel_IsConvertedByItsCodeTable()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = db.Target.CreateContext();

        var enums = context.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType).IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, p =>
        {
            var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
            Assert.Contains(StableCodes.All, t => t.EnumType == type);
            Assert.Equal(typeof(CodeConverter<>).MakeGenericType(type), p.GetTypeMapping().Converter?.GetType());
        });
        Assert.Contains(enums, p => p.DeclaringType.GetTableName() == "recurring_plans" && p.GetColumnName() == "status");
        Assert.Contains(enums, p => p.DeclaringType.GetTableName() == "approval_events" && p.GetColumnName() == "decider" && p.IsNullable);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task APlanSaved_HoldsItsStoredSpelling_AndReadsBackTheSameValue(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new BudgetStore(db.Target, TestReference.Estimates);
        var plan = RecurringPlan.Create(7, new BudgetLineKey("VPTU", 2026, "NSNN", Autonomy.NonAutonomous, "340-351", "6501"), "VNPT", "Cước", Schedule.Quarterly,
            new YearMonth(2026, 1), null, 100_000, "ketoan", DateTimeOffset.UnixEpoch).Value;
        plan.Submit(Guid.NewGuid());
        await store.SavePlanAsync(plan, Ct);

        await using (var context = db.Target.CreateContext())
        {
            var row = await context.Database.SqlQueryRaw<string>(
                "SELECT status || '|' || schedule || '|' || autonomy AS \"Value\" FROM recurring_plans WHERE id = 7").SingleAsync(Ct);
            Assert.Equal("Submitted|quarterly|non-autonomous", row);
        }

        var back = (await store.FindPlanAsync(7, Ct))!;
        Assert.Equal((PlanStatus.Submitted, Schedule.Quarterly, Autonomy.NonAutonomous, plan.ApprovalId), (back.Status, back.Schedule, back.Key.Autonomy, back.ApprovalId));
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Tests.Ledger;
using PartyFinance.Testing;

namespace PartyFinance.Infrastructure.Tests.Schema;

/// <summary>
/// A recurring plan approved with the old single signature (schema 6: approval columns, no approval
/// chain) upgrades to schema 8 and still loads approved, with its approval and no chain, so its
/// occurrences keep coming; a draft of that time is submitted through the chain after the upgrade.
/// </summary>
public class PlanUpgradeTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upgrade_KeepsAPlanApprovedWithOneSignature_Approved(DatabaseProvider provider)
    {
        await using var old = await TestDatabase.CreateAsync(provider, initialise: false);
        await using (var db = old.Target.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261201000006_ApprovalNumbers", Ct);
            string[] sql =
            [
                "INSERT INTO recurring_plans (id, unit_code, year, fund_source, autonomy, sector, budget_item, payee, purpose, schedule, start_month, end_month, status, " +
                "approval_decider, approval_by, approval_at, approval_decision_no, approval_yearly_total, approval_year) " +
                "VALUES (1, 'VPTU', 2026, 'NSNN', 'autonomous', '340-351', '6501', 'Công ty Điện lực', 'Tiền điện', 'monthly', '2026-01', '2026-12', 'Approved', " +
                "'unit-head', 'thutruong', '2026-01-02 08:00:00+00:00', '3/QĐ-VPTU', 18000000, 2026)",
                "INSERT INTO plan_versions (plan_id, seq, from_month, amount, changed_by, changed_at) VALUES (1, 1, '2026-01', 1500000, 'ketoan', '2026-01-01 08:00:00+00:00')",
                "INSERT INTO recurring_plans (id, unit_code, year, fund_source, autonomy, sector, budget_item, payee, purpose, schedule, start_month, end_month, status, " +
                "approval_decider, approval_by, approval_at, approval_decision_no, approval_yearly_total, approval_year) " +
                "VALUES (2, 'VPTU', 2026, 'NSNN', 'autonomous', '340-351', '6501', 'VNPT', 'Cước internet', 'quarterly', '2026-02', NULL, 'Draft', NULL, NULL, NULL, NULL, NULL, NULL)",
                "INSERT INTO plan_versions (plan_id, seq, from_month, amount, changed_by, changed_at) VALUES (2, 1, '2026-02', 900000, 'ketoan', '2026-01-01 08:00:00+00:00')",
            ];
            foreach (var statement in sql)
            {
                await db.Database.ExecuteSqlRawAsync(TestSql.Literals(provider, statement), Ct);
            }
        }

        var upgraded = await new DatabaseInitializer(old.Target, TimeProvider.System).RunAsync(RepoPaths.ReferenceFolder, "test", Ct);
        Assert.True(upgraded.IsSuccess);
        Assert.Contains("20261201000008_PlanApprovals", upgraded.Value.AppliedMigrations);

        var store = new BudgetStore(old.Target, TestReference.Estimates);
        var approved = (await store.FindPlanAsync(1, Ct))!;
        Assert.Equal((PlanStatus.Approved, (Guid?)null), (approved.Status, approved.ApprovalId));
        Assert.Equal(new PlanApproval("unit-head", "thutruong", new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero), "3/QĐ-VPTU", 18_000_000, 2026), approved.Approval);
        Assert.Equal((1_500_000L, "ketoan"), (Assert.Single(approved.Versions).Amount, approved.Versions[0].By));
        Assert.Equal(18_000_000, approved.YearlyTotal(2026));
        Assert.Equal(PlanStatus.Draft, (await store.FindPlanAsync(2, Ct))!.Status);
        Assert.Equal(["approved", "draft"], (await new ListPlans(store).RunAsync(Ct)).Select(p => p.Status));
    }
}

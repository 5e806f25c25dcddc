using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Budgeting.Records;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>
/// The budgeting part of the EF model (tables of migration M0003). Called from
/// PartyFinanceDbContext.OnModelCreating before its snake_case column loop.
/// </summary>
internal static class BudgetModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<BudgetLineRecord>(e =>
        {
            e.ToTable("budget_lines");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.UnitCode, x.Year, x.FundSource, x.Autonomy, x.Sector, x.BudgetItem, x.CarriedOver }).IsUnique()
                .HasDatabaseName("UX_budget_lines_key"); // PostgreSQL cuts identifiers at 63 characters
        });
        b.Entity<BudgetMovementRecord>(e =>
        {
            e.ToTable("budget_movements");
            e.HasKey(x => new { x.LineId, x.Seq });
            e.HasOne<BudgetLineRecord>().WithMany().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<CommitmentRecord>(e =>
        {
            e.ToTable("budget_commitments");
            e.HasKey(x => new { x.LineId, x.RequestId });
            e.HasIndex(x => x.RequestId);
            e.HasOne<BudgetLineRecord>().WithMany().HasForeignKey(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ControlModeRecord>(e => { e.ToTable("budget_control_modes"); e.HasKey(x => new { x.FundSource, x.Year }); });
        b.Entity<SpendingRequestRecord>(e =>
        {
            e.ToTable("spending_requests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.PlanId, x.PlanMonth }).IsUnique();
            e.HasIndex(x => new { x.UnitCode, x.Year });
            e.HasIndex(x => x.Status);
        });
        b.Entity<SpendingEventRecord>(e =>
        {
            e.ToTable("spending_events");
            e.HasKey(x => new { x.RequestId, x.Seq });
            e.HasOne<SpendingRequestRecord>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<RecurringPlanRecord>(e => { e.ToTable("recurring_plans"); e.HasKey(x => x.Id); e.Property(x => x.Id).ValueGeneratedNever(); });
        b.Entity<PlanVersionRecord>(e =>
        {
            e.ToTable("plan_versions");
            e.HasKey(x => new { x.PlanId, x.Seq });
            e.HasOne<RecurringPlanRecord>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<YearEndResultRecord>(e =>
        {
            e.ToTable("year_end_results");
            e.HasKey(x => x.LineId);
            e.Property(x => x.LineId).ValueGeneratedNever();
            e.HasOne<BudgetLineRecord>().WithOne().HasForeignKey<YearEndResultRecord>(x => x.LineId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<BudgetCounterRecord>(e => { e.ToTable("budget_counters"); e.HasKey(x => x.Name); });
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 8: a recurring plan names the approval request (unit head → … → the decider) that
/// carries its signatures, like a spending request since version 4. Plans approved before (one
/// signature, approval_id NULL) keep their stored approval. Written by hand like M0001–M0006.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000008_PlanApprovals")]
public sealed class M0008_PlanApprovals : Migration
{
    protected override void Up(MigrationBuilder m) => m.AddColumn<Guid>("approval_id", "recurring_plans", nullable: true);

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Kế hoạch chi định kỳ không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 14: purchases with Party funds waiting for their decision (asset_purchases): what
/// `asset purchase` asked for — code, name, class, budget line, cost, date, payment, location, custodian,
/// declared life, reason — the approval chain that decides it, and its outcome (the voucher once approved).
/// The card itself is written only on the final signature. Written by hand like the others; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000014_AssetPurchases")]
public sealed class M0014_AssetPurchases : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("asset_purchases", t => new
        {
            id = t.Column<long>(nullable: false),
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            class_code = t.Column<string>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            fund_source = t.Column<string>(nullable: false),
            autonomy = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            amount = t.Column<long>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            from_bank = t.Column<bool>(nullable: false),
            location = t.Column<string>(nullable: true),
            custodian = t.Column<string>(nullable: true),
            life_months = t.Column<int>(nullable: true),
            reason = t.Column<string>(nullable: false),
            approval_id = t.Column<Guid>(nullable: false),
            status = t.Column<string>(nullable: false),
            voucher = t.Column<string>(nullable: true),
            requested_by = t.Column<string>(nullable: false),
            requested_at = t.Column<DateTimeOffset>(nullable: false),
            decided_by = t.Column<string>(nullable: true),
            decided_at = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_asset_purchases", x => x.id));
        m.CreateIndex("IX_asset_purchases_approval_id", "asset_purchases", "approval_id", unique: true);
        m.CreateIndex("IX_asset_purchases_code", "asset_purchases", "code");
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Đề nghị mua tài sản không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 11: the tools register (công cụ, dụng cụ) — tools with their append-only history
/// (tool_events) — and, on a spending request that buys a tool below the fixed-asset threshold, the
/// quantity and measure it receives (nullable: requests stored before buy none). Written by hand like
/// M0001–M0009; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000011_Tools")]
public sealed class M0011_Tools : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("tools", t => new
        {
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            measure = t.Column<string>(nullable: false),
            fund_source = t.Column<string>(nullable: false),
            autonomy = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            location = t.Column<string>(nullable: true),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_tools", x => x.code));
        m.CreateIndex("IX_tools_unit_code", "tools", "unit_code");

        m.CreateTable("tool_events", t => new
        {
            tool_code = t.Column<string>(nullable: false),
            seq = t.Column<int>(nullable: false),
            kind = t.Column<string>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            year = t.Column<int>(nullable: true),
            quantity = t.Column<int>(nullable: false),
            value = t.Column<long>(nullable: false),
            custodian = t.Column<string>(nullable: true),
            voucher = t.Column<string>(nullable: true),
            reason = t.Column<string>(nullable: true),
            by = t.Column<string>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_tool_events", x => new { x.tool_code, x.seq });
            t.ForeignKey("FK_tool_events_tools_tool_code", x => x.tool_code, "tools", "code", onDelete: ReferentialAction.Restrict);
        });

        m.AddColumn<int>("tool_quantity", "spending_requests", nullable: true);
        m.AddColumn<string>("tool_measure", "spending_requests", nullable: true);
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Sổ công cụ, dụng cụ không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

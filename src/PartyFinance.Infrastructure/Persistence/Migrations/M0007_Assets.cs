using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 7: the asset register — cards (assets) with append-only history (asset_events),
/// wear once per asset and year (asset_wear, and monthly depreciation, asset_depreciation, keyed so a second wear of the same year cannot be
/// stored), dated asset classes (asset_classes) and actions waiting for their decision
/// (asset_actions), yearly stocktake sheets and their lines (asset_stocktakes, asset_stocktake_lines). Written by hand like M0001–M0006; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000007_Assets")]
public sealed class M0007_Assets : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("assets", t => new
        {
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            class_code = t.Column<string>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            in_service = t.Column<DateOnly>(nullable: false),
            origin = t.Column<string>(nullable: false),
            location = t.Column<string>(nullable: true),
            custodian = t.Column<string>(nullable: true),
            autonomy = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            status = t.Column<string>(nullable: false),
            original_cost = t.Column<long>(nullable: false),
            depreciated = t.Column<bool>(nullable: false),
            version = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_assets", x => x.code));
        m.CreateIndex("IX_assets_unit_code", "assets", "unit_code");

        m.CreateTable("asset_events", t => new
        {
            asset_code = t.Column<string>(nullable: false),
            seq = t.Column<int>(nullable: false),
            kind = t.Column<string>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            year = t.Column<int>(nullable: true),
            unit_code = t.Column<string>(nullable: false),
            from_unit = t.Column<string>(nullable: true),
            cost_state = t.Column<long>(nullable: false),
            cost_party = t.Column<long>(nullable: false),
            cost_other = t.Column<long>(nullable: false),
            wear_change = t.Column<long>(nullable: false),
            proceeds = t.Column<long>(nullable: true),
            life_years = t.Column<int>(nullable: true),
            vouchers = t.Column<string>(nullable: true),
            reason = t.Column<string>(nullable: true),
            action_id = t.Column<long>(nullable: true),
            by = t.Column<string>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_asset_events", x => new { x.asset_code, x.seq });
            t.ForeignKey("FK_asset_events_assets_asset_code", x => x.asset_code, "assets", "code", onDelete: ReferentialAction.Restrict);
        });

        m.CreateIndex("IX_asset_events_from_unit", "asset_events", "from_unit");

        m.CreateTable("asset_wear", t => new
        {
            asset_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            amount = t.Column<long>(nullable: false),
            voucher = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_asset_wear", x => new { x.asset_code, x.year });
            t.ForeignKey("FK_asset_wear_assets_asset_code", x => x.asset_code, "assets", "code", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_asset_wear_year_unit_code", "asset_wear", ["year", "unit_code"]);

        m.CreateTable("asset_depreciation", t => new
        {
            asset_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            month = t.Column<int>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            amount = t.Column<long>(nullable: false),
            voucher = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_asset_depreciation", x => new { x.asset_code, x.year, x.month });
            t.ForeignKey("FK_asset_depreciation_assets_asset_code", x => x.asset_code, "assets", "code", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("asset_classes", t => new
        {
            code = t.Column<string>(nullable: false),
            valid_from = t.Column<DateOnly>(nullable: false),
            valid_to = t.Column<DateOnly>(nullable: true),
            name = t.Column<string>(nullable: false),
            group_code = t.Column<string>(nullable: false),
            useful_life_years = t.Column<int>(nullable: false),
            rate_hundredths = t.Column<long>(nullable: false),
            source = t.Column<string>(nullable: false),
            verified = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_asset_classes", x => new { x.code, x.valid_from }));

        m.CreateTable("asset_actions", t => new
        {
            id = t.Column<long>(nullable: false),
            asset_code = t.Column<string>(nullable: false),
            action = t.Column<string>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            to_unit = t.Column<string>(nullable: true),
            proceeds = t.Column<long>(nullable: true),
            reason = t.Column<string>(nullable: false),
            approval_id = t.Column<Guid>(nullable: false),
            status = t.Column<string>(nullable: false),
            vouchers = t.Column<string>(nullable: true),
            requested_by = t.Column<string>(nullable: false),
            requested_at = t.Column<DateTimeOffset>(nullable: false),
            decided_by = t.Column<string>(nullable: true),
            decided_at = t.Column<DateTimeOffset>(nullable: true),
            sheet_id = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_asset_actions", x => x.id));
        m.CreateIndex("IX_asset_actions_approval_id", "asset_actions", "approval_id", unique: true);
        m.CreateIndex("IX_asset_actions_asset_code", "asset_actions", "asset_code");

        m.CreateTable("asset_stocktakes", t => new
        {
            id = t.Column<long>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            status = t.Column<string>(nullable: false),
            started_by = t.Column<string>(nullable: false),
            started_at = t.Column<DateTimeOffset>(nullable: false),
            closed_by = t.Column<string>(nullable: true),
            closed_at = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_asset_stocktakes", x => x.id));
        m.CreateIndex("IX_asset_stocktakes_unit_code", "asset_stocktakes", "unit_code");

        m.CreateTable("asset_stocktake_lines", t => new
        {
            sheet_id = t.Column<long>(nullable: false),
            asset_code = t.Column<string>(nullable: false),
            expected = t.Column<bool>(nullable: false),
            found = t.Column<bool>(nullable: true),
            note = t.Column<string>(nullable: true),
            name = t.Column<string>(nullable: true),
            class_code = t.Column<string>(nullable: true),
            original_cost = t.Column<long>(nullable: true),
            accumulated_wear = t.Column<long>(nullable: true),
            in_service = t.Column<DateOnly>(nullable: true),
            sector = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_asset_stocktake_lines", x => new { x.sheet_id, x.asset_code });
            t.ForeignKey("FK_asset_stocktake_lines_asset_stocktakes_sheet_id", x => x.sheet_id, "asset_stocktakes", "id", onDelete: ReferentialAction.Restrict);
        });
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Sổ tài sản không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

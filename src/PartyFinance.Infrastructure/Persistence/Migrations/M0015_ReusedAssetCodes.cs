using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 15: a reversed card's code may be taken by a new card. `assets.code` stays the card's key
/// (every row of asset_events, asset_wear and asset_depreciation names it); the new `register_code` is the code
/// people see and type, equal to the key for every card stored before. A card that takes the code of a reversed
/// card gets another key (code#2 …) and the same register code. Written by hand like the others; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000015_ReusedAssetCodes")]
public sealed class M0015_ReusedAssetCodes : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("register_code", "assets", nullable: false, defaultValue: string.Empty);
        // SQL Server compiles a batch before it runs it, so a column added in the same batch is named through EXEC.
        m.Sql(m.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true
            ? "EXEC(N'UPDATE assets SET register_code = code');"
            : "UPDATE assets SET register_code = code;");
        m.CreateIndex("IX_assets_register_code", "assets", "register_code");
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Mã tài sản dùng lại không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 9: a spending request on an asset purchase item keeps the asset it buys (code,
/// name, class, location, custodian), so its payment opens that card. All nullable: requests stored
/// before buy no asset. Written by hand like M0001–M0007; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000009_PurchasedAssets")]
public sealed class M0009_PurchasedAssets : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("asset_code", "spending_requests", nullable: true);
        m.AddColumn<string>("asset_name", "spending_requests", nullable: true);
        m.AddColumn<string>("asset_class", "spending_requests", nullable: true);
        m.AddColumn<string>("asset_location", "spending_requests", nullable: true);
        m.AddColumn<string>("asset_custodian", "spending_requests", nullable: true);
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Tài sản mua theo đề nghị chi không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

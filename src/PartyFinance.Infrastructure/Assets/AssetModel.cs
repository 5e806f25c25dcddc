using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Assets.Records;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>The asset register's part of the EF model (tables of migrations M0007, M0014 and M0015).</summary>
internal static class AssetModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<AssetRecord>(e =>
        {
            e.ToTable("assets");
            e.HasKey(x => x.Code);
            e.HasIndex(x => x.UnitCode);
            e.HasIndex(x => x.RegisterCode);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<AssetEventRecord>(e =>
        {
            e.ToTable("asset_events");
            e.HasKey(x => new { x.AssetCode, x.Seq });
            e.HasIndex(x => x.FromUnit);
            e.HasOne<AssetRecord>().WithMany().HasForeignKey(x => x.AssetCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AssetWearRecord>(e =>
        {
            e.ToTable("asset_wear");
            e.HasKey(x => new { x.AssetCode, x.Year });
            e.HasIndex(x => new { x.Year, x.UnitCode });
            e.HasOne<AssetRecord>().WithMany().HasForeignKey(x => x.AssetCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AssetDepreciationRecord>(e =>
        {
            e.ToTable("asset_depreciation");
            e.HasKey(x => new { x.AssetCode, x.Year, x.Month });
            e.HasOne<AssetRecord>().WithMany().HasForeignKey(x => x.AssetCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<AssetClassRecord>(e => { e.ToTable("asset_classes"); e.HasKey(x => new { x.Code, x.ValidFrom }); });
        b.Entity<AssetActionRecord>(e =>
        {
            e.ToTable("asset_actions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.ApprovalId).IsUnique();
            e.HasIndex(x => x.AssetCode); // no foreign key: a stocktake surplus is an asset not yet on the register
        });
        b.Entity<AssetPurchaseRecord>(e =>
        {
            e.ToTable("asset_purchases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.ApprovalId).IsUnique();
            e.HasIndex(x => x.Code); // no foreign key: the card exists only once the purchase is approved
        });
        b.Entity<StocktakeRecord>(e => { e.ToTable("asset_stocktakes"); e.HasKey(x => x.Id); e.Property(x => x.Id).ValueGeneratedNever(); e.HasIndex(x => x.UnitCode); });
        b.Entity<StocktakeLineRecord>(e =>
        {
            e.ToTable("asset_stocktake_lines");
            e.HasKey(x => new { x.SheetId, x.AssetCode });
            e.HasOne<StocktakeRecord>().WithMany().HasForeignKey(x => x.SheetId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

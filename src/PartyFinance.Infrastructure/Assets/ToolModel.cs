using Microsoft.EntityFrameworkCore;
using PartyFinance.Infrastructure.Assets.Records;

namespace PartyFinance.Infrastructure.Assets;

/// <summary>The tools register's part of the EF model (tables of migration M0011).</summary>
internal static class ToolModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ToolRecord>(e =>
        {
            e.ToTable("tools");
            e.HasKey(x => x.Code);
            e.HasIndex(x => x.UnitCode);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<ToolEventRecord>(e =>
        {
            e.ToTable("tool_events");
            e.HasKey(x => new { x.ToolCode, x.Seq });
            e.HasOne<ToolRecord>().WithMany().HasForeignKey(x => x.ToolCode).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 13: the append-only audit trail (audit_events), hash-chained per unit and year.
/// Every state change is one row (who, when, what, before and after, reason); posted vouchers are
/// covered by "post" rows listing each voucher's digest. The database refuses UPDATE and DELETE on
/// it (provider triggers beside the voucher triggers). The older audit_log stays as it was (read-only history).
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000013_AuditTrail")]
public sealed class M0013_AuditTrail : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("audit_events", t => new
        {
            id = t.Column<long>(nullable: false),
            chain_unit = t.Column<string>(nullable: false),
            chain_year = t.Column<int>(nullable: false),
            seq = t.Column<long>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            actor = t.Column<string>(nullable: false),
            command = t.Column<string>(nullable: true),
            kind = t.Column<string>(nullable: false),
            table_name = t.Column<string>(nullable: false),
            entity_key = t.Column<string>(nullable: false),
            before_json = t.Column<string>(nullable: true),
            after_json = t.Column<string>(nullable: true),
            reason = t.Column<string>(nullable: true),
            prev_hash = t.Column<string>(nullable: false),
            hash = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_audit_events", x => x.id));
        m.CreateIndex("IX_audit_events_chain_unit_chain_year_seq", "audit_events", ["chain_unit", "chain_year", "seq"], unique: true);
        m.CreateIndex("IX_audit_events_at", "audit_events", "at");
        if (m.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            Sqlite.SqliteSchema.CreateAuditTriggers(m);
        }
        else if (m.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            Postgres.PostgresSchema.CreateAuditTriggers(m);
        }
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Nhật ký kiểm toán không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

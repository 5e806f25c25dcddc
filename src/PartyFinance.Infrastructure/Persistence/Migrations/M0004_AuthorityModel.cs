using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 4, one authority model: the verified mark of a rule set (existing sets become
/// 'U'), the append-only record of `authority end`, and the approval request that carries a
/// spending request's signatures. Written by hand; the schema tests compare it with the model.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000004_AuthorityModel")]
public sealed class M0004_AuthorityModel : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("verified", "authority_rule_sets", nullable: false, defaultValue: "U");
        m.CreateTable("authority_rule_set_ends", t => new
        {
            id = t.Column<long>(nullable: false),
            rule_set = t.Column<string>(nullable: false),
            last_day = t.Column<DateOnly>(nullable: false),
            previous_effective_to = t.Column<DateOnly>(nullable: true),
            reason = t.Column<string>(nullable: false),
            ended_by = t.Column<string>(nullable: false),
            ended_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_authority_rule_set_ends", x => x.id));
        m.CreateIndex("IX_authority_rule_set_ends_rule_set", "authority_rule_set_ends", "rule_set");
        m.AddColumn<Guid>("approval_id", "spending_requests", nullable: true);
        if (m.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            foreach (var op in new[] { "UPDATE", "DELETE" })
            {
                m.Sql($"CREATE TRIGGER trg_authority_rule_set_ends_no_{op.ToLowerInvariant()} BEFORE {op} ON authority_rule_set_ends " +
                      "BEGIN SELECT RAISE(ABORT, 'Lịch sử kết thúc hiệu lực bộ quy tắc chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
            }
        }
        else if (m.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            m.Sql("CREATE TRIGGER trg_authority_rule_set_ends_append_only BEFORE UPDATE OR DELETE ON authority_rule_set_ends FOR EACH ROW EXECUTE FUNCTION refuse_change_to_approval_history();");
        }
        else if (m.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true)
        {
            SqlServer.SqlServerAuthoritySchema.CreateRuleSetEndTrigger(m);
        }
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Sổ kế toán không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

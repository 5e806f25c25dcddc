using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Sqlite;

/// <summary>SQLite-only DDL: posted vouchers and their lines can never be updated or deleted.</summary>
public static class SqliteSchema
{
    public static void CreateImmutabilityTriggers(MigrationBuilder m)
    {
        foreach (var table in new[] { "vouchers", "voucher_lines" })
        {
            foreach (var op in new[] { "UPDATE", "DELETE" })
            {
                m.Sql($"CREATE TRIGGER trg_{table}_no_{op.ToLowerInvariant()} BEFORE {op} ON {table} " +
                      "BEGIN SELECT RAISE(ABORT, 'Chứng từ đã ghi sổ không được sửa hoặc xóa; hãy lập chứng từ đảo.'); END;");
            }
        }
    }

    /// <summary>The audit trail is append-only: the database refuses any UPDATE or DELETE of audit_events.</summary>
    public static void CreateAuditTriggers(MigrationBuilder m)
    {
        foreach (var op in new[] { "UPDATE", "DELETE" })
        {
            m.Sql($"CREATE TRIGGER trg_audit_events_no_{op.ToLowerInvariant()} BEFORE {op} ON audit_events " +
                  "BEGIN SELECT RAISE(ABORT, 'Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
        }
    }
}

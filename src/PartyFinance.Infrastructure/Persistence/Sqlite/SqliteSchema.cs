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
}

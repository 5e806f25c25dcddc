using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Sqlite;

/// <summary>SQLite-only DDL: approval requests and their history are append-only.</summary>
public static class SqliteAuthoritySchema
{
    public static void CreateAppendOnlyTriggers(MigrationBuilder m)
    {
        foreach (var table in new[] { "approval_requests", "approval_events" })
        {
            foreach (var op in new[] { "UPDATE", "DELETE" })
            {
                m.Sql($"CREATE TRIGGER trg_{table}_no_{op.ToLowerInvariant()} BEFORE {op} ON {table} " +
                      "BEGIN SELECT RAISE(ABORT, 'Lịch sử phê duyệt chỉ được ghi thêm, không được sửa hoặc xóa.'); END;");
            }
        }
    }
}

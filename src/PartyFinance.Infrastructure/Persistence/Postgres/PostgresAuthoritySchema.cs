using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Postgres;

/// <summary>PostgreSQL-only DDL: approval requests and their history are append-only.</summary>
public static class PostgresAuthoritySchema
{
    public static void CreateAppendOnlyTriggers(MigrationBuilder m)
    {
        m.Sql("""
            CREATE FUNCTION refuse_change_to_approval_history() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'Lịch sử phê duyệt chỉ được ghi thêm, không được sửa hoặc xóa.';
            END $$;
            """);
        foreach (var table in new[] { "approval_requests", "approval_events" })
        {
            m.Sql($"CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_change_to_approval_history();");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Postgres;

/// <summary>PostgreSQL-only DDL: posted vouchers and their lines can never be updated or deleted.</summary>
public static class PostgresSchema
{
    public static void CreateImmutabilityTriggers(MigrationBuilder m)
    {
        m.Sql("""
            CREATE FUNCTION refuse_change_to_posted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'Chứng từ đã ghi sổ không được sửa hoặc xóa; hãy lập chứng từ đảo.';
            END $$;
            """);
        foreach (var table in new[] { "vouchers", "voucher_lines" })
        {
            m.Sql($"CREATE TRIGGER trg_{table}_immutable BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_change_to_posted();");
        }
    }

    /// <summary>The audit trail is append-only: the database refuses any UPDATE or DELETE (and TRUNCATE) of audit_events.</summary>
    public static void CreateAuditTriggers(MigrationBuilder m)
    {
        m.Sql("""
            CREATE FUNCTION refuse_change_to_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa.';
            END $$;
            """);
        m.Sql("CREATE TRIGGER trg_audit_events_immutable BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_change_to_audit();");
        m.Sql("CREATE TRIGGER trg_audit_events_no_truncate BEFORE TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_audit();");
    }

    /// <summary>
    /// M0016: TRUNCATE, which no row trigger sees, is refused on the posted vouchers and lines and on the append-only
    /// approval history by statement triggers raising the same message as their row triggers (audit_events has had its
    /// own since M0013).
    /// </summary>
    public static readonly (string Table, string Function)[] TruncateRefused =
    [
        ("vouchers", "refuse_change_to_posted"),
        ("voucher_lines", "refuse_change_to_posted"),
        ("approval_requests", "refuse_change_to_approval_history"),
        ("approval_events", "refuse_change_to_approval_history"),
        ("authority_rule_set_ends", "refuse_change_to_approval_history"),
    ];

    public static void CreateTruncateTriggers(MigrationBuilder m)
    {
        foreach (var (table, function) in TruncateRefused)
        {
            m.Sql($"CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {function}();");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>
/// SQL Server-only DDL: posted vouchers and their lines can never be updated or deleted. An INSTEAD OF
/// trigger refuses the statement before it changes a row (THROW ends the batch and rolls the
/// transaction back), as the BEFORE triggers of SQLite and PostgreSQL do; a statement that touches no
/// row is left alone, as theirs (FOR EACH ROW) are.
/// </summary>
public static class SqlServerSchema
{
    public const string PostedMessage = "Chứng từ đã ghi sổ không được sửa hoặc xóa; hãy lập chứng từ đảo.";

    /// <summary>The tables the immutability triggers of M0001 protect (the same as SqliteSchema's and PostgresSchema's).</summary>
    public static readonly string[] ImmutableTables = ["vouchers", "voucher_lines"];

    public static void CreateImmutabilityTriggers(MigrationBuilder m)
    {
        foreach (var table in ImmutableTables)
        {
            m.Sql(InOwnBatch(RefusingTrigger($"trg_{table}_immutable", table, PostedMessage)));
        }
    }

    public const string AuditMessage = "Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa.";

    /// <summary>The audit trail of M0013 is append-only, like the posted vouchers (TRUNCATE, which no DML trigger sees, needs ALTER permission the application's login should not hold).</summary>
    public static void CreateAuditTriggers(MigrationBuilder m) =>
        m.Sql(InOwnBatch(RefusingTrigger("trg_audit_events_append_only", "audit_events", AuditMessage)));

    /// <summary>
    /// CREATE TRIGGER must open its batch; through EXEC it does, inside the migration's transaction and in
    /// db/sqlserver/schema.sql alike (EF's script separates migrations, not statements, with GO).
    /// </summary>
    public static string InOwnBatch(string statement) => "EXEC(N'" + statement.Replace("'", "''", StringComparison.Ordinal) + "');";

    /// <summary>An INSTEAD OF UPDATE, DELETE trigger that throws <paramref name="message"/> (error 50001) when the statement touches a row.</summary>
    public static string RefusingTrigger(string name, string table, string message) =>
        $"""
        CREATE TRIGGER {name} ON {table} INSTEAD OF UPDATE, DELETE AS
        BEGIN
          SET NOCOUNT ON;
          IF EXISTS (SELECT 1 FROM deleted)
            THROW 50001, N'{message.Replace("'", "''", StringComparison.Ordinal)}', 1;
        END
        """;
}

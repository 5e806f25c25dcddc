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

    /// <summary>The audit trail of M0013 is append-only, like the posted vouchers (TRUNCATE, which no DML trigger sees, is refused by <see cref="TruncateGuardTable"/>).</summary>
    public static void CreateAuditTriggers(MigrationBuilder m) =>
        m.Sql(InOwnBatch(RefusingTrigger("trg_audit_events_append_only", "audit_events", AuditMessage)));

    /// <summary>
    /// The table whose foreign keys keep every append-only table from TRUNCATE: SQL Server refuses to truncate a table
    /// a foreign key references (error 4712), even an empty referencing table's, and no DML trigger sees a TRUNCATE.
    /// It holds no rows; the application never writes it.
    /// </summary>
    public const string TruncateGuardTable = "truncate_guards";

    /// <summary>
    /// The append-only tables M0016 guards (those the immutability and append-only triggers protect) and their primary
    /// keys (column, SQL Server type); a test holds them to the migrations' schema.
    /// </summary>
    public static readonly (string Table, (string Column, string Type)[] Key)[] TruncateGuarded =
    [
        ("vouchers", [("id", "bigint")]),
        ("voucher_lines", [("voucher_id", "bigint"), ("line_no", "int")]),
        ("approval_requests", [("id", "uniqueidentifier")]),
        ("approval_events", [("request_id", "uniqueidentifier"), ("sequence", "int")]),
        ("authority_rule_set_ends", [("id", "bigint")]),
        ("audit_events", [("id", "bigint")]),
    ];

    /// <summary>M0016: the guard table, one nullable column per key column of each guarded table and a foreign key to it.</summary>
    public static void CreateTruncateGuards(MigrationBuilder m) => m.Sql(TruncateGuardsSql(TruncateGuarded));

    /// <summary>The CREATE TABLE of <see cref="TruncateGuardTable"/> with a foreign key FK_truncate_guards_{table} to each of <paramref name="guarded"/>.</summary>
    public static string TruncateGuardsSql(IReadOnlyList<(string Table, (string Column, string Type)[] Key)> guarded)
    {
        var columns = guarded.SelectMany(g => g.Key.Select(k => $"    [{g.Table}_{k.Column}] {k.Type} NULL"));
        var keys = guarded.Select(g =>
            $"    CONSTRAINT [FK_{TruncateGuardTable}_{g.Table}] FOREIGN KEY ({string.Join(", ", g.Key.Select(k => $"[{g.Table}_{k.Column}]"))}) " +
            $"REFERENCES [{g.Table}] ({string.Join(", ", g.Key.Select(k => $"[{k.Column}]"))})");
        return $"CREATE TABLE [{TruncateGuardTable}] (\n{string.Join(",\n", columns.Concat(keys))}\n);";
    }

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

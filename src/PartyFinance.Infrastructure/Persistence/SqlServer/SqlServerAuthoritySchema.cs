using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.SqlServer;

/// <summary>SQL Server-only DDL: approval requests, their history and the ends of rule sets are append-only.</summary>
public static class SqlServerAuthoritySchema
{
    public const string ApprovalMessage = "Lịch sử phê duyệt chỉ được ghi thêm, không được sửa hoặc xóa.";

    public const string RuleSetEndMessage = "Lịch sử kết thúc hiệu lực bộ quy tắc chỉ được ghi thêm, không được sửa hoặc xóa.";

    /// <summary>The tables M0002 makes append-only.</summary>
    public static readonly string[] AppendOnlyTables = ["approval_requests", "approval_events"];

    public static void CreateAppendOnlyTriggers(MigrationBuilder m)
    {
        foreach (var table in AppendOnlyTables)
        {
            m.Sql(SqlServerSchema.InOwnBatch(SqlServerSchema.RefusingTrigger($"trg_{table}_append_only", table, ApprovalMessage)));
        }
    }

    /// <summary>M0004: the record of `authority end` is append-only.</summary>
    public static void CreateRuleSetEndTrigger(MigrationBuilder m) =>
        m.Sql(SqlServerSchema.InOwnBatch(SqlServerSchema.RefusingTrigger("trg_authority_rule_set_ends_append_only", "authority_rule_set_ends", RuleSetEndMessage)));
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 2: delegation rule sets and rules, users and role grants, approval requests and
/// their append-only history. Written by hand like M0001; AuthoritySchemaTests compare it with the model.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261122000002_Authority")]
public sealed class M0002_Authority : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        CreateRuleTables(m);
        CreateUserTables(m);
        CreateApprovalTables(m);
        if (m.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            Sqlite.SqliteAuthoritySchema.CreateAppendOnlyTriggers(m);
        }
        else if (m.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            Postgres.PostgresAuthoritySchema.CreateAppendOnlyTriggers(m);
        }
        else if (m.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true)
        {
            SqlServer.SqlServerAuthoritySchema.CreateAppendOnlyTriggers(m);
        }
    }

    private static void CreateRuleTables(MigrationBuilder m)
    {
        m.CreateTable("authority_rule_sets", t => new
        {
            name = t.Column<string>(nullable: false),
            issuer = t.Column<string>(nullable: false),
            decision_no = t.Column<string>(nullable: false),
            decision_date = t.Column<DateOnly>(nullable: false),
            effective_from = t.Column<DateOnly>(nullable: false),
            effective_to = t.Column<DateOnly>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_authority_rule_sets", x => x.name));

        m.CreateTable("authority_rules", t => new
        {
            rule_set = t.Column<string>(nullable: false),
            row = t.Column<int>(nullable: false),
            action = t.Column<string>(nullable: false),
            asset_class = t.Column<string>(nullable: false),
            unit_kind = t.Column<string>(nullable: true),
            funding = t.Column<string>(nullable: false),
            basis = t.Column<string>(nullable: false),
            spending_kind = t.Column<string>(nullable: false),
            min_value = t.Column<long>(nullable: false),
            max_value = t.Column<long>(nullable: true),
            decider = t.Column<string>(nullable: false),
            requires_opinion = t.Column<string>(nullable: true),
            citation = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_authority_rules", x => new { x.rule_set, x.row });
            t.ForeignKey("FK_authority_rules_authority_rule_sets_rule_set", x => x.rule_set, "authority_rule_sets", "name", onDelete: ReferentialAction.Restrict);
        });
    }

    private static void CreateUserTables(MigrationBuilder m)
    {
        m.CreateTable("users", t => new
        {
            login = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_users", x => x.login));

        m.CreateTable("role_grants", t => new
        {
            login = t.Column<string>(nullable: false),
            grant_no = t.Column<int>(nullable: false),
            role = t.Column<string>(nullable: false),
            scope_unit_code = t.Column<string>(nullable: true),
            valid_from = t.Column<DateOnly>(nullable: false),
            valid_to = t.Column<DateOnly>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_role_grants", x => new { x.login, x.grant_no });
            t.ForeignKey("FK_role_grants_users_login", x => x.login, "users", "login", onDelete: ReferentialAction.Restrict);
        });
    }

    private static void CreateApprovalTables(MigrationBuilder m)
    {
        m.CreateTable("approval_requests", t => new
        {
            id = t.Column<Guid>(nullable: false),
            document_kind = t.Column<string>(nullable: false),
            document_reference = t.Column<string>(nullable: false),
            proposing_unit = t.Column<string>(nullable: false),
            maker = t.Column<string>(nullable: false),
            action = t.Column<string>(nullable: false),
            asset_class = t.Column<string>(nullable: false),
            unit_kind = t.Column<string>(nullable: true),
            funding = t.Column<string>(nullable: false),
            basis = t.Column<string>(nullable: false),
            spending_kind = t.Column<string>(nullable: false),
            value = t.Column<long>(nullable: false),
            question_date = t.Column<DateOnly>(nullable: false),
            decider = t.Column<string>(nullable: false),
            rule_set = t.Column<string>(nullable: false),
            decision_no = t.Column<string>(nullable: false),
            citation = t.Column<string>(nullable: false),
            requires_opinion = t.Column<string>(nullable: true),
            rule_row = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_approval_requests", x => x.id));
        m.CreateIndex("IX_approval_requests_document_reference", "approval_requests", "document_reference");

        m.CreateTable("approval_events", t => new
        {
            request_id = t.Column<Guid>(nullable: false),
            sequence = t.Column<int>(nullable: false),
            kind = t.Column<string>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            actor = t.Column<string>(nullable: false),
            step = t.Column<int>(nullable: true),
            decider = t.Column<string>(nullable: true),
            decision_no = t.Column<string>(nullable: true),
            decision_date = t.Column<DateOnly>(nullable: true),
            rule_applied = t.Column<string>(nullable: false),
            reason = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_approval_events", x => new { x.request_id, x.sequence });
            t.ForeignKey("FK_approval_events_approval_requests_request_id", x => x.request_id, "approval_requests", "id", onDelete: ReferentialAction.Restrict);
        });
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Lịch sử phê duyệt không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyFinance.Infrastructure.Budgeting;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 3: budget lines with running counters, their movements and commitments, control
/// modes, spending requests with append-only history, recurring plans and versions, year-end results.
/// Written by hand (no EF design tools); provider-neutral. Independent of M0002 (authority).
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261122000003_Budgeting")]
public sealed class M0003_Budgeting : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("budget_lines", t => new
        {
            id = t.Column<long>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            fund_source = t.Column<string>(nullable: false),
            autonomy = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            carried_over = t.Column<bool>(nullable: false),
            control_mode = t.Column<string>(nullable: false),
            allocated = t.Column<long>(nullable: false),
            adjustments = t.Column<long>(nullable: false),
            committed = t.Column<long>(nullable: false),
            spent = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_budget_lines", x => x.id));
        m.CreateIndex("UX_budget_lines_key", "budget_lines",
            ["unit_code", "year", "fund_source", "autonomy", "sector", "budget_item", "carried_over"], unique: true);

        m.CreateTable("budget_movements", t => new
        {
            line_id = t.Column<long>(nullable: false),
            seq = t.Column<int>(nullable: false),
            kind = t.Column<string>(nullable: false),
            amount = t.Column<long>(nullable: false),
            decision_no = t.Column<string>(nullable: false),
            decision_date = t.Column<DateOnly>(nullable: false),
            note = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_budget_movements", x => new { x.line_id, x.seq });
            t.ForeignKey("FK_budget_movements_budget_lines_line_id", x => x.line_id, "budget_lines", "id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("budget_commitments", t => new
        {
            line_id = t.Column<long>(nullable: false),
            request_id = t.Column<long>(nullable: false),
            amount = t.Column<long>(nullable: false),
            status = t.Column<string>(nullable: false),
            override_by = t.Column<string>(nullable: true),
            override_reason = t.Column<string>(nullable: true),
            posted_amount = t.Column<long>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_budget_commitments", x => new { x.line_id, x.request_id });
            t.ForeignKey("FK_budget_commitments_budget_lines_line_id", x => x.line_id, "budget_lines", "id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_budget_commitments_request_id", "budget_commitments", "request_id");

        m.CreateTable("budget_control_modes", t => new
        {
            fund_source = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            mode = t.Column<string>(nullable: false),
            is_fixed = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_budget_control_modes", x => new { x.fund_source, x.year }));

        CreateSpendingTables(m);
        CreatePlanTables(m);

        m.CreateTable("budget_counters", t => new
        {
            name = t.Column<string>(nullable: false),
            value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_budget_counters", x => x.name));
        foreach (var name in BudgetCounters.All)
        {
            m.Sql($"INSERT INTO budget_counters (name, value) VALUES ('{name}', 0);");
        }
    }

    private static void CreateSpendingTables(MigrationBuilder m)
    {
        m.CreateTable("spending_requests", t => new
        {
            id = t.Column<long>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            fund_source = t.Column<string>(nullable: false),
            autonomy = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            carried_over = t.Column<bool>(nullable: false),
            amount = t.Column<long>(nullable: false),
            purpose = t.Column<string>(nullable: false),
            payee = t.Column<string>(nullable: true),
            nature = t.Column<string>(nullable: false),
            contract_signed_on = t.Column<DateOnly>(nullable: true),
            plan_id = t.Column<long>(nullable: true),
            plan_month = t.Column<string>(nullable: true),
            status = t.Column<string>(nullable: false),
            voucher_no = t.Column<string>(nullable: true),
            settled_amount = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_spending_requests", x => x.id));
        // Two concurrent run-recurring calls cannot create the same occurrence twice.
        m.CreateIndex("IX_spending_requests_plan_id_plan_month", "spending_requests", ["plan_id", "plan_month"], unique: true);
        m.CreateIndex("IX_spending_requests_unit_code_year", "spending_requests", ["unit_code", "year"]);
        m.CreateIndex("IX_spending_requests_status", "spending_requests", "status");

        m.CreateTable("spending_events", t => new
        {
            request_id = t.Column<long>(nullable: false),
            seq = t.Column<int>(nullable: false),
            action = t.Column<string>(nullable: false),
            from_status = t.Column<string>(nullable: false),
            to_status = t.Column<string>(nullable: false),
            acted_by = t.Column<string>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            reason = t.Column<string>(nullable: true),
            decision_no = t.Column<string>(nullable: true),
            voucher_no = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_spending_events", x => new { x.request_id, x.seq });
            t.ForeignKey("FK_spending_events_spending_requests_request_id", x => x.request_id, "spending_requests", "id", onDelete: ReferentialAction.Restrict);
        });
    }

    private static void CreatePlanTables(MigrationBuilder m)
    {
        m.CreateTable("recurring_plans", t => new
        {
            id = t.Column<long>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            fund_source = t.Column<string>(nullable: false),
            autonomy = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            payee = t.Column<string>(nullable: false),
            purpose = t.Column<string>(nullable: false),
            schedule = t.Column<string>(nullable: false),
            start_month = t.Column<string>(nullable: false),
            end_month = t.Column<string>(nullable: true),
            status = t.Column<string>(nullable: false),
            approval_decider = t.Column<string>(nullable: true),
            approval_by = t.Column<string>(nullable: true),
            approval_at = t.Column<DateTimeOffset>(nullable: true),
            approval_decision_no = t.Column<string>(nullable: true),
            approval_yearly_total = t.Column<long>(nullable: true),
            approval_year = t.Column<int>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_recurring_plans", x => x.id));

        m.CreateTable("plan_versions", t => new
        {
            plan_id = t.Column<long>(nullable: false),
            seq = t.Column<int>(nullable: false),
            from_month = t.Column<string>(nullable: false),
            amount = t.Column<long>(nullable: false),
            changed_by = t.Column<string>(nullable: false),
            changed_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_plan_versions", x => new { x.plan_id, x.seq });
            t.ForeignKey("FK_plan_versions_recurring_plans_plan_id", x => x.plan_id, "recurring_plans", "id", onDelete: ReferentialAction.Restrict);
        });

        m.CreateTable("year_end_results", t => new
        {
            line_id = t.Column<long>(nullable: false),
            carried = t.Column<long>(nullable: false),
            cancelled = t.Column<long>(nullable: false),
            carry_citation = t.Column<string>(nullable: true),
            cancel_reason = t.Column<string>(nullable: true),
            carried_requests = t.Column<string>(nullable: false),
            cancelled_requests = t.Column<string>(nullable: false),
            closed_by = t.Column<string>(nullable: false),
            closed_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_year_end_results", x => x.line_id);
            t.ForeignKey("FK_year_end_results_budget_lines_line_id", x => x.line_id, "budget_lines", "id", onDelete: ReferentialAction.Restrict);
        });
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Sổ kế toán không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

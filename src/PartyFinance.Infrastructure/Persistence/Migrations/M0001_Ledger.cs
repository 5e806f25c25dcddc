using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 1: organisation units, reference data, the ledger (vouchers, lines, numbering,
/// balances, opening balances), periods, import batches and the audit log. Written by hand
/// (the EF design tools are not available here); SchemaTests prove it equals the model.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261122000001_Ledger")]
public sealed class M0001_Ledger : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("org_units", t => new
        {
            code = t.Column<string>(nullable: false),
            name = t.Column<string>(nullable: false),
            kind = t.Column<string>(nullable: false),
            parent_code = t.Column<string>(nullable: true),
            chapter = t.Column<string>(nullable: false),
            valid_from = t.Column<DateOnly>(nullable: false),
            valid_to = t.Column<DateOnly>(nullable: true),
            successor_code = t.Column<string>(nullable: true),
            created_by = t.Column<string>(nullable: false),
            created_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_org_units", x => x.code));

        m.CreateTable("accounts", t => new
        {
            code = t.Column<string>(nullable: false),
            valid_from = t.Column<DateOnly>(nullable: false),
            name = t.Column<string>(nullable: false),
            parent_code = t.Column<string>(nullable: true),
            is_off_balance = t.Column<bool>(nullable: false),
            required_dimensions = t.Column<string>(nullable: false),
            valid_to = t.Column<DateOnly>(nullable: true),
            source = t.Column<string>(nullable: false),
            verified = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_accounts", x => new { x.code, x.valid_from }));

        m.CreateTable("budget_codes", t => new
        {
            kind = t.Column<string>(nullable: false),
            code = t.Column<string>(nullable: false),
            valid_from = t.Column<DateOnly>(nullable: false),
            name = t.Column<string>(nullable: false),
            parent_code = t.Column<string>(nullable: true),
            valid_to = t.Column<DateOnly>(nullable: true),
            source = t.Column<string>(nullable: false),
            verified = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_budget_codes", x => new { x.kind, x.code, x.valid_from }));

        m.CreateTable("fund_sources", t => new
        {
            code = t.Column<string>(nullable: false),
            valid_from = t.Column<DateOnly>(nullable: false),
            name = t.Column<string>(nullable: false),
            funding = t.Column<string>(nullable: false),
            valid_to = t.Column<DateOnly>(nullable: true),
            source = t.Column<string>(nullable: false),
            verified = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_fund_sources", x => new { x.code, x.valid_from }));

        m.CreateTable("voucher_types", t => new
        {
            code = t.Column<string>(nullable: false),
            valid_from = t.Column<DateOnly>(nullable: false),
            name = t.Column<string>(nullable: false),
            valid_to = t.Column<DateOnly>(nullable: true),
            source = t.Column<string>(nullable: false),
            verified = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_voucher_types", x => new { x.code, x.valid_from }));

        m.CreateTable("reference_files", t => new
        {
            file_name = t.Column<string>(nullable: false),
            sha256 = t.Column<string>(nullable: false),
            rows = t.Column<int>(nullable: false),
            loaded_by = t.Column<string>(nullable: false),
            loaded_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_reference_files", x => x.file_name));

        CreateLedgerTables(m);
        CreateBookkeepingTables(m);
        SeedCounters(m);
        if (m.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            Sqlite.SqliteSchema.CreateImmutabilityTriggers(m);
        }
        else if (m.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            Postgres.PostgresSchema.CreateImmutabilityTriggers(m);
        }
        else if (m.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true)
        {
            SqlServer.SqlServerSchema.CreateImmutabilityTriggers(m);
        }
    }

    private static void CreateLedgerTables(MigrationBuilder m)
    {
        m.CreateTable("vouchers", t => new
        {
            id = t.Column<long>(nullable: false),
            number = t.Column<string>(nullable: false),
            client_key = t.Column<string>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            type_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            sequence = t.Column<int>(nullable: false),
            date = t.Column<DateOnly>(nullable: false),
            description = t.Column<string>(nullable: false),
            amount = t.Column<long>(nullable: false),
            fingerprint = t.Column<string>(nullable: false),
            reverses_id = t.Column<long>(nullable: true),
            reversal_reason = t.Column<string>(nullable: true),
            posted_by = t.Column<string>(nullable: false),
            posted_at = t.Column<DateTimeOffset>(nullable: false),
            batch_id = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_vouchers", x => x.id));
        m.CreateIndex("IX_vouchers_number", "vouchers", "number", unique: true);
        m.CreateIndex("IX_vouchers_client_key", "vouchers", "client_key", unique: true);
        m.CreateIndex("IX_vouchers_reverses_id", "vouchers", "reverses_id", unique: true);
        m.CreateIndex("IX_vouchers_unit_code_year", "vouchers", ["unit_code", "year"]);
        m.CreateIndex("IX_vouchers_year", "vouchers", "year");

        m.CreateTable("voucher_lines", t => new
        {
            voucher_id = t.Column<long>(nullable: false),
            line_no = t.Column<int>(nullable: false),
            account_code = t.Column<string>(nullable: false),
            debit = t.Column<long>(nullable: false),
            credit = t.Column<long>(nullable: false),
            is_off_balance = t.Column<bool>(nullable: false),
            fund_source = t.Column<string>(nullable: true),
            budget_item = t.Column<string>(nullable: true),
            sector = t.Column<string>(nullable: true),
            program = t.Column<string>(nullable: true),
            counterparty = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_voucher_lines", x => new { x.voucher_id, x.line_no });
            t.ForeignKey("FK_voucher_lines_vouchers_voucher_id", x => x.voucher_id, "vouchers", "id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_voucher_lines_account_code", "voucher_lines", "account_code");

        m.CreateTable("voucher_sequences", t => new
        {
            unit_code = t.Column<string>(nullable: false),
            type_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            last_number = t.Column<int>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_voucher_sequences", x => new { x.unit_code, x.type_code, x.year }));

        m.CreateTable("counters", t => new
        {
            name = t.Column<string>(nullable: false),
            value = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_counters", x => x.name));

        m.CreateTable("account_balances", t => new
        {
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            month = t.Column<int>(nullable: false),
            account_code = t.Column<string>(nullable: false),
            debit = t.Column<long>(nullable: false),
            credit = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_account_balances", x => new { x.unit_code, x.year, x.month, x.account_code }));
        m.CreateIndex("IX_account_balances_year_account_code", "account_balances", ["year", "account_code"]);

        m.CreateTable("opening_balances", t => new
        {
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            account_code = t.Column<string>(nullable: false),
            debit = t.Column<long>(nullable: false),
            credit = t.Column<long>(nullable: false),
            batch_id = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_opening_balances", x => new { x.unit_code, x.year, x.account_code }));
    }

    private static void CreateBookkeepingTables(MigrationBuilder m)
    {
        m.CreateTable("periods", t => new
        {
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            month = t.Column<int>(nullable: false),
            is_locked = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_periods", x => new { x.unit_code, x.year, x.month }));

        m.CreateTable("period_events", t => new
        {
            id = t.Column<long>(nullable: false),
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            month = t.Column<int>(nullable: false),
            action = t.Column<string>(nullable: false),
            changed_by = t.Column<string>(nullable: false),
            changed_at = t.Column<DateTimeOffset>(nullable: false),
            reason = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_period_events", x => x.id));
        m.CreateIndex("IX_period_events_unit_code_year_month", "period_events", ["unit_code", "year", "month"]);

        m.CreateTable("import_batches", t => new
        {
            id = t.Column<long>(nullable: false),
            kind = t.Column<string>(nullable: false),
            file_name = t.Column<string>(nullable: false),
            sha256 = t.Column<string>(nullable: false),
            rows = t.Column<int>(nullable: false),
            stored = t.Column<int>(nullable: false),
            skipped = t.Column<int>(nullable: false),
            imported_by = t.Column<string>(nullable: false),
            imported_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_import_batches", x => x.id));

        m.CreateTable("audit_log", t => new
        {
            id = t.Column<long>(nullable: false),
            at = t.Column<DateTimeOffset>(nullable: false),
            changed_by = t.Column<string>(nullable: false),
            entity = t.Column<string>(nullable: false),
            entity_key = t.Column<string>(nullable: false),
            action = t.Column<string>(nullable: false),
            detail = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_audit_log", x => x.id));
    }

    private static void SeedCounters(MigrationBuilder m)
    {
        foreach (var name in Counters.All)
        {
            m.Sql($"INSERT INTO counters (name, value) VALUES ('{name}', 0);");
        }
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Sổ kế toán không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

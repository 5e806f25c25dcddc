using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 5 — one book: estimate_balances holds every line with full budget dimensions (the estimate accounts, the temporary receipts 337x …) per unit,
/// month, voucher type and budget dimensions (kept at posting, backfilled here from the lines already
/// posted); budget_lines loses the adjustments and spent counters, which the books now answer.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000005_OneBook")]
public sealed class M0005_OneBook : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("estimate_balances", t => new
        {
            unit_code = t.Column<string>(nullable: false),
            fund_source = t.Column<string>(nullable: false),
            budget_item = t.Column<string>(nullable: false),
            sector = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            month = t.Column<int>(nullable: false),
            account_code = t.Column<string>(nullable: false),
            type_code = t.Column<string>(nullable: false),
            debit = t.Column<long>(nullable: false),
            credit = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_estimate_balances",
            x => new { x.unit_code, x.fund_source, x.budget_item, x.sector, x.year, x.month, x.account_code, x.type_code }));

        var month = m.ActiveProvider?.Contains("Sqlite", StringComparison.Ordinal) == true
            ? "CAST(strftime('%m', v.date) AS INTEGER)"
            : m.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true
                ? SqlServer.SqlServerOptions.MonthOfVoucherDate
                : "CAST(EXTRACT(MONTH FROM v.date) AS INTEGER)";
        m.Sql($"""
            INSERT INTO estimate_balances (unit_code, fund_source, budget_item, sector, year, month, account_code, type_code, debit, credit)
            SELECT v.unit_code, l.fund_source, l.budget_item, l.sector, v.year, {month}, l.account_code, v.type_code, SUM(l.debit), SUM(l.credit)
            FROM voucher_lines l JOIN vouchers v ON v.id = l.voucher_id
            WHERE l.fund_source IS NOT NULL AND l.budget_item IS NOT NULL AND l.sector IS NOT NULL
            GROUP BY v.unit_code, l.fund_source, l.budget_item, l.sector, v.year, {month}, l.account_code, v.type_code
            """);

        // ALTER TABLE … DROP COLUMN: SQLite ≥ 3.35, PostgreSQL and SQL Server alike (EF's SQLite generator refuses DropColumn without a model diff).
        m.Sql("ALTER TABLE budget_lines DROP COLUMN adjustments");
        m.Sql("ALTER TABLE budget_lines DROP COLUMN spent");
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Sổ kế toán không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

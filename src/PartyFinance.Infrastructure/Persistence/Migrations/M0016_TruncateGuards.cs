using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 16: TRUNCATE of the append-only tables (posted vouchers and lines, the approval history, the ends
/// of rule sets, the audit trail) is refused, as UPDATE and DELETE are. PostgreSQL: BEFORE TRUNCATE statement
/// triggers. SQL Server: the foreign keys of the empty table truncate_guards (SQL Server refuses to truncate a table
/// a foreign key references). SQLite has no TRUNCATE: DELETE without WHERE runs the row triggers, which refuse it.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261202000016_TruncateGuards")]
public sealed class M0016_TruncateGuards : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        if (m.ActiveProvider?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            Postgres.PostgresSchema.CreateTruncateTriggers(m);
        }
        else if (m.ActiveProvider?.Contains("SqlServer", StringComparison.Ordinal) == true)
        {
            SqlServer.SqlServerSchema.CreateTruncateGuards(m);
        }
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Chặn TRUNCATE không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PartyFinance.Infrastructure.Authority;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 6: short sequential numbers for approval requests (approval_numbers), so a person types
/// `approval show 12` rather than a Guid. Requests already stored are numbered in the order they were
/// submitted; the "approval" counter continues after the last one. Written by hand like M0001–M0005.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000006_ApprovalNumbers")]
public sealed class M0006_ApprovalNumbers : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("approval_numbers", t => new
        {
            number = t.Column<long>(nullable: false),
            request_id = t.Column<Guid>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_approval_numbers", x => x.number);
            t.ForeignKey("FK_approval_numbers_approval_requests_request_id", x => x.request_id, "approval_requests", "id", onDelete: ReferentialAction.Restrict);
        });
        m.CreateIndex("IX_approval_numbers_request_id", "approval_numbers", "request_id", unique: true);
        m.Sql("""
            INSERT INTO approval_numbers (number, request_id)
            SELECT ROW_NUMBER() OVER (ORDER BY e.at, r.id), r.id
            FROM approval_requests r JOIN approval_events e ON e.request_id = r.id AND e.sequence = 1;
            """);
        m.Sql($"INSERT INTO counters (name, value) SELECT '{ApprovalNumbers.Counter}', COALESCE(MAX(number), 0) FROM approval_numbers;");
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Số hồ sơ duyệt không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

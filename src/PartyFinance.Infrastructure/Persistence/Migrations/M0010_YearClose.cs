using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 10: year_close_steps, the state of each step of `close year` per unit and year
/// (done, skipped, waiting, failed, with its detail, who and when), so an interrupted close resumes
/// where it stopped. Written by hand like M0001–M0009; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000010_YearClose")]
public sealed class M0010_YearClose : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("year_close_steps", t => new
        {
            unit_code = t.Column<string>(nullable: false),
            year = t.Column<int>(nullable: false),
            step = t.Column<string>(nullable: false),
            state = t.Column<string>(nullable: false),
            detail = t.Column<string>(nullable: false),
            changed_by = t.Column<string>(nullable: false),
            changed_at = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_year_close_steps", x => new { x.unit_code, x.year, x.step }));
    }

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Trạng thái khóa sổ cuối năm không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

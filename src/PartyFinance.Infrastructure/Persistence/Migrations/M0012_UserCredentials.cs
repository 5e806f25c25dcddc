using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyFinance.Infrastructure.Persistence.Migrations;

/// <summary>
/// Schema version 12: sign-in passwords of the web application (user_credentials): the ASP.NET Core
/// Identity password hash, the failed attempts since the last success and the lockout end, one row
/// per user who has a password. Written by hand like the others; provider-neutral.
/// </summary>
[DbContext(typeof(PartyFinanceDbContext))]
[Migration("20261201000012_UserCredentials")]
public sealed class M0012_UserCredentials : Migration
{
    protected override void Up(MigrationBuilder m) =>
        m.CreateTable("user_credentials", t => new
        {
            login = t.Column<string>(nullable: false),
            password_hash = t.Column<string>(nullable: false),
            failed_attempts = t.Column<int>(nullable: false),
            locked_until = t.Column<DateTimeOffset>(nullable: true),
            changed_at = t.Column<DateTimeOffset>(nullable: false),
            last_sign_in = t.Column<DateTimeOffset>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_user_credentials", x => x.login);
            t.ForeignKey("FK_user_credentials_users_login", x => x.login, "users", "login", onDelete: ReferentialAction.Restrict);
        });

    protected override void Down(MigrationBuilder m) =>
        throw new NotSupportedException("Mật khẩu đăng nhập không hạ cấp lược đồ: khôi phục từ bản sao lưu.");
}

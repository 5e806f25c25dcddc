using PartyFinance.Infrastructure.Authority;

namespace PartyFinance.Cli.Tests.Access;

/// <summary>`user password`: the web sign-in password, stored as ASP.NET Core Identity's hash — set by an administrator, or by the user for themself.</summary>
public sealed class UserPasswordTests
{
    [Fact]
    public async Task AdministratorSetsAPassword_ItVerifiesWithTheSharedHasher_OthersAndShortPasswordsAreRefused()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);
        await cli.MustSucceedAsync("db", "init", "--admin", "quantri", "--name", "Nguyễn Văn Quản");
        await cli.MustSucceedAsync("user", "add", "ke", "--name", "Trần Thị Kế", "--role", "accountant", "--scope", "province", "--by", "quantri");
        await cli.MustSucceedAsync("user", "add", "kt", "--name", "Phạm Thị Kiểm", "--role", "auditor", "--scope", "province", "--by", "quantri");
        var file = cli.File("pw.txt", "mat-khau-moi-2026\n");

        var set = await cli.MustSucceedAsync("user", "password", "ke", "--password-file", file, "--by", "quantri");
        Assert.Contains("Đã đặt mật khẩu đăng nhập cho ke", set, StringComparison.Ordinal);
        var stored = await new CredentialStore(cli.Db.Target).FindAsync("ke", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.True(new PasswordHashing().Verify("ke", stored.PasswordHash, "mat-khau-moi-2026"));
        Assert.False(new PasswordHashing().Verify("ke", stored.PasswordHash, "mat-khau-khac"));

        var (other, _, otherErr) = await cli.RunAsync("user", "password", "ke", "--password-file", file, "--by", "kt");
        Assert.Equal(1, other);
        Assert.Contains("[access.not-permitted]", otherErr, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("user", "password", "kt", "--password-file", file, "--by", "kt")).Code);

        var (weak, _, weakErr) = await cli.RunAsync("user", "password", "ke", "--password-file", cli.File("short.txt", "ngan\n"), "--by", "quantri");
        Assert.Equal(1, weak);
        Assert.Contains("[signin.weak-password]", weakErr, StringComparison.Ordinal);
    }
}

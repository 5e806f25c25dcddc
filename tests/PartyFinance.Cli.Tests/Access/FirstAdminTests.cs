
namespace PartyFinance.Cli.Tests.Access;

public sealed class FirstAdminTests
{
    [Fact]
    public async Task DbInitAdmin_CreatesTheFirstAdministrator_AgainIsANoOp_AndAnotherLoginIsRefused()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);

        var (code, output, err) = await cli.RunAsync("db", "init", "--admin", "quantri", "--name", "Nguyễn Văn Quản");
        Assert.True(code == 0, err);
        Assert.Contains("Quản trị viên: quantri — Nguyễn Văn Quản (toàn tỉnh).", output, StringComparison.Ordinal);
        Assert.Equal(0, (await cli.RunAsync("db", "init", "--admin", "quantri", "--name", "Nguyễn Văn Quản")).Code);

        var (other, _, otherErr) = await cli.RunAsync("db", "init", "--admin", "ke", "--name", "Người khác");
        Assert.Equal(1, other);
        Assert.Contains("[access.admin-exists]", otherErr, StringComparison.Ordinal);
        var (plain, _, plainErr) = await cli.RunAsync("db", "init", "--by", "ai.do");
        Assert.Equal(1, plain);
        Assert.Contains("[access.unknown-user]", plainErr, StringComparison.Ordinal);

        var users = (await cli.JsonAsync("user", "list")).EnumerateArray().ToList();
        var admin = Assert.Single(users);
        Assert.Equal("quantri", admin.GetProperty("login").GetString());
        Assert.Equal("admin", Assert.Single(admin.GetProperty("grants").EnumerateArray()).GetProperty("role").GetString());
    }

    [Fact]
    public async Task AdminWithoutName_IsAUsageError()
    {
        await using var cli = await CliRunner.StartAsync(initialise: false);

        Assert.Equal(2, (await cli.RunAsync("db", "init", "--admin", "quantri")).Code);
    }
}

namespace PartyFinance.Cli.Tests.Authority;

public sealed class UserCommandTests
{
    [Fact]
    public async Task AddedUsers_AreListedWithEveryGrant()
    {
        await using var cli = await AuthorityCli.CreateAsync(importRules: false);
        await cli.MustSucceedAsync("user", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "unit-head", "--scope", "BTG", "--from", "2024-01-01", "--to", "2025-06-30");
        await cli.MustSucceedAsync("user", "add", "lan", "--name", "Nguyễn Thị Lan", "--role", "office-chief", "--scope", "province", "--from", "2025-07-01");
        await cli.MustSucceedAsync("user", "add", "an", "--name", "Trần An", "--role", "auditor", "--scope", "province");

        var users = (await cli.JsonAsync("user", "list")).EnumerateArray().Where(u => u.GetProperty("login").GetString() != TestUsers.Admin).ToList();

        Assert.Equal(["an", "lan"], users.Select(u => u.GetProperty("login").GetString()));
        Assert.Equal(
            [("auditor", "province", "2024-03-01", (string?)null)],
            users[0].GetProperty("grants").EnumerateArray().Select(Grant));
        Assert.Equal(
            [("unit-head", "BTG", "2024-01-01", "2025-06-30"), ("office-chief", "province", "2025-07-01", (string?)null)],
            users[1].GetProperty("grants").EnumerateArray().Select(Grant));
    }

    [Fact]
    public async Task GrantingAProvinceOfficeForOneUnit_IsRefusedNamingTheScope()
    {
        await using var cli = await AuthorityCli.CreateAsync(importRules: false);

        var (code, _, error) = await cli.RunAsync("user", "add", "mai", "--name", "Lê Mai", "--role", "office-chief", "--scope", "BTG");

        Assert.Equal(1, code);
        Assert.Contains("Trường scope", error, StringComparison.Ordinal);
        Assert.Equal([TestUsers.Admin], (await cli.JsonAsync("user", "list")).EnumerateArray().Select(u => u.GetProperty("login").GetString()));
    }

    [Fact]
    public async Task GrantingForAnUnknownUnit_IsRefused()
    {
        await using var cli = await AuthorityCli.CreateAsync(importRules: false);

        var (code, _, error) = await cli.RunAsync("user", "add", "mai", "--name", "Lê Mai", "--role", "unit-head", "--scope", "NOPE");

        Assert.Equal(1, code);
        Assert.Contains("Đơn vị 'NOPE' không tồn tại", error, StringComparison.Ordinal);
        Assert.Contains("[ledger.unit-unknown]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRole_IsAUsageError()
    {
        await using var cli = await AuthorityCli.CreateAsync(importRules: false);

        var (code, _, error) = await cli.RunAsync("user", "add", "mai", "--name", "Lê Mai", "--role", "king", "--scope", "province");

        Assert.Equal(2, code);
        Assert.Contains("--role", error, StringComparison.Ordinal);
    }

    private static (string?, string?, string?, string?) Grant(System.Text.Json.JsonElement g) =>
        (g.GetProperty("role").GetString(), g.GetProperty("scope").GetString(), g.GetProperty("valid_from").GetString(), g.GetProperty("valid_to").GetString());
}

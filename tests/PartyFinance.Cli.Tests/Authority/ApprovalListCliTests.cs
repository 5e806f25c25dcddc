namespace PartyFinance.Cli.Tests.Authority;

/// <summary>`approval list`: all requests, the pending ones, and a user's inbox of steps they may sign now.</summary>
public sealed class ApprovalListCliTests
{
    [Fact]
    public async Task TheInbox_HoldsExactlyThePendingRequestsWhoseWaitingStepTheUserMaySign()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        await cli.AddSignersAsync();
        var first = await cli.SubmitPurchaseAsync(300_000_000, maker: "clerk");
        await cli.SubmitPurchaseAsync(300_000_000, maker: "head");
        await cli.SubmitPurchaseAsync(300_000_000, maker: "clerk");
        await cli.MustSucceedAsync("approval", "approve", first, "--decision-no", "5/QĐ", "--date", "2024-03-01", "--by", "head");
        await cli.MustSucceedAsync("approval", "reject", "3", "--reason", "Thiếu báo giá", "--by", "head");

        var all = await cli.JsonAsync("approval", "list");
        Assert.Equal([1L, 2, 3], all.EnumerateArray().Select(r => r.GetProperty("number").GetInt64()));
        Assert.Equal(["pending", "pending", "rejected"], all.EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal([1L, 2], (await cli.JsonAsync("approval", "list", "--pending")).EnumerateArray().Select(r => r.GetProperty("number").GetInt64()));

        // head made request 2 (maker ≠ checker) and already signed request 1; chief waits on request 1's step 2.
        Assert.Empty((await cli.JsonAsync("approval", "list", "--for", "head")).EnumerateArray());
        var chief = Assert.Single((await cli.JsonAsync("approval", "list", "--for", "chief")).EnumerateArray());
        Assert.Equal((1L, 2), (chief.GetProperty("number").GetInt64(), chief.GetProperty("next_step").GetInt32()));
        Assert.Empty((await cli.JsonAsync("approval", "list", "--for", "head2")).EnumerateArray());

        var text = await cli.MustSucceedAsync("approval", "list", "--for", "chief");
        Assert.Contains("1 hồ sơ chờ chief duyệt.", text, StringComparison.Ordinal);
        Assert.Contains("Chánh Văn phòng", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownUser_IsRefused()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        var (code, _, err) = await cli.RunAsync("approval", "list", "--for", "ai-do");
        Assert.Equal(ExitCodes.Refused, code);
        Assert.Contains("ai-do", err, StringComparison.Ordinal);
    }
}

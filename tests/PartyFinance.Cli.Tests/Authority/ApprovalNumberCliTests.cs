namespace PartyFinance.Cli.Tests.Authority;

/// <summary>Approval requests are named by a short sequential number in text, JSON and every command that takes one.</summary>
public sealed class ApprovalNumberCliTests
{
    [Fact]
    public async Task Requests_AreNumberedInOrder_AndTheNumberIsAcceptedWhereTheGuidIs()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        await cli.AddSignersAsync();
        var first = await cli.JsonAsync("approval", "submit", "--document-kind", "purchase-proposal", "--document", "TTr-1/BTG", "--unit", "BTG",
            "--amount", "50.000.000", "--action", "purchase", "--asset-class", "other", "--by", "clerk");
        var (code, text, err) = await cli.RunAsync("approval", "submit", "--document-kind", "purchase-proposal", "--document", "TTr-2/BTG", "--unit", "BTG",
            "--amount", "50000000", "--action", "purchase", "--asset-class", "other", "--by", "clerk");
        Assert.True(code == 0, err);
        Assert.Equal(1, first.GetProperty("number").GetInt64());
        Assert.Contains("Đã lập hồ sơ duyệt số 2.", text, StringComparison.Ordinal);

        var approved = await cli.RunAsync("approval", "approve", "2", "--decision-no", "5/QĐ", "--date", "01/03/2024", "--by", "head");
        Assert.True(approved.Code == 0, approved.Err);
        Assert.Contains("hồ sơ số 2", approved.Out, StringComparison.Ordinal);
        var second = await cli.JsonAsync("approval", "show", "#2");
        Assert.Equal(2, second.GetProperty("number").GetInt64());
        Assert.Equal("head", second.GetProperty("steps")[0].GetProperty("signed_by").GetString());
        Assert.Equal(1, (await cli.JsonAsync("approval", "show", first.GetProperty("id").GetString()!)).GetProperty("number").GetInt64());
        Assert.StartsWith("Hồ sơ duyệt số 1:", await cli.MustSucceedAsync("approval", "show", "1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberNoRequestHas_IsRefused_AndTextThatIsNoNumber_IsAUsageError()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        var (missing, _, why) = await cli.RunAsync("approval", "show", "42");
        Assert.Equal(ExitCodes.Refused, missing);
        Assert.Contains("42", why, StringComparison.Ordinal);
        var (bad, _, message) = await cli.RunAsync("approval", "show", "bốn-hai");
        Assert.Equal(ExitCodes.Usage, bad);
        Assert.Contains("một số như 12", message, StringComparison.Ordinal);
    }
}

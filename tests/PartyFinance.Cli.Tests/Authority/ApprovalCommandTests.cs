using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Authority;

public sealed class ApprovalCommandTests
{
    [Fact]
    public async Task Submit_PrintsTheRequiredDeciderAndTheWholeChain()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        await cli.AddSignersAsync();

        var submitted = await cli.JsonAsync("approval", "submit", "--document-kind", "purchase-proposal", "--document", "TTr-12/BTG", "--unit", "BTG",
            "--value", "600000000", "--action", "purchase", "--asset-class", "other", "--by", "clerk");

        Assert.Equal(("pending", "standing-board"), (submitted.GetProperty("status").GetString(), submitted.GetProperty("decider").GetString()));
        Assert.Equal(["unit-head", "office-chief", "standing-board"], submitted.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("decider").GetString()));
        Assert.True(Guid.TryParse(submitted.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task TheMaker_CannotApproveTheirOwnRequest()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        await cli.AddSignersAsync();
        var id = await cli.SubmitPurchaseAsync(50_000_000, maker: "head");

        var (code, _, error) = await cli.RunAsync("approval", "approve", id, "--decision-no", "5/QĐ", "--decision-date", "2024-03-01", "--by", "head");

        Assert.Equal(1, code);
        Assert.Contains("[authority.maker-cannot-approve]", error, StringComparison.Ordinal);
        Assert.Equal("pending", (await cli.JsonAsync("approval", "show", id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnApproverOutsideTheUnitsScope_IsRefused()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        await cli.AddSignersAsync();
        var id = await cli.SubmitPurchaseAsync(50_000_000, maker: "clerk");

        var (code, _, error) = await cli.RunAsync("approval", "approve", id, "--decision-no", "5/QĐ", "--decision-date", "2024-03-01", "--by", "head2");

        Assert.Equal(1, code);
        Assert.Contains("[access.not-permitted]", error, StringComparison.Ordinal);
        var (ok, _, _) = await cli.RunAsync("approval", "approve", id, "--decision-no", "5/QĐ", "--decision-date", "2024-03-01", "--by", "head");
        Assert.Equal(0, ok);
    }

    [Fact]
    public Task AFourStepChain_IsReleasedOnlyAfterTheStandingCommitteeSigns_OnSqlite() => FourStepChain(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task AFourStepChain_IsReleasedOnlyAfterTheStandingCommitteeSigns_OnPostgres() => FourStepChain(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task AFourStepChain_IsReleasedOnlyAfterTheStandingCommitteeSigns_OnSqlServer() => FourStepChain(DatabaseProvider.SqlServer);

    [Fact]
    public async Task Rejecting_NeedsAReason_AndThenEndsTheRequest()
    {
        await using var cli = await AuthorityCli.CreateAsync();
        await cli.AddSignersAsync();
        var id = await cli.SubmitPurchaseAsync(200_000_000, maker: "clerk");

        var (noReason, _, error) = await cli.RunAsync("approval", "reject", id, "--by", "head");
        var (withReason, _, _) = await cli.RunAsync("approval", "reject", id, "--reason", "Chưa có báo giá", "--by", "head");
        var (late, _, lateError) = await cli.RunAsync("approval", "approve", id, "--decision-no", "7/QĐ", "--decision-date", "2024-03-01", "--by", "head");

        Assert.Equal((1, 0, 1), (noReason, withReason, late));
        Assert.Contains("Trường reason", error, StringComparison.Ordinal);
        Assert.Contains("[authority.request-final]", lateError, StringComparison.Ordinal);
        var shown = await cli.JsonAsync("approval", "show", id);
        Assert.Equal("rejected", shown.GetProperty("status").GetString());
        Assert.Equal("Chưa có báo giá", shown.GetProperty("history")[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task AMalformedRequestId_IsAUsageError()
    {
        await using var cli = await AuthorityCli.CreateAsync();

        var (code, _, _) = await cli.RunAsync("approval", "show", "42x");

        Assert.Equal(2, code);
    }

    private static async Task FourStepChain(DatabaseProvider provider)
    {
        await using var cli = await AuthorityCli.CreateAsync(provider);
        await cli.AddSignersAsync();
        var id = await cli.SubmitPurchaseAsync(1_500_000_000, maker: "clerk");
        string[] signers = ["head", "chief", "board", "committee"];

        for (var i = 0; i < signers.Length; i++)
        {
            Assert.Equal("pending", (await cli.JsonAsync("approval", "show", id)).GetProperty("status").GetString());
            await cli.MustSucceedAsync("approval", "approve", id, "--decision-no", $"{i + 1}/QĐ", "--decision-date", "2024-03-01", "--by", signers[i]);
        }

        var shown = await cli.JsonAsync("approval", "show", id);
        Assert.Equal("released", shown.GetProperty("status").GetString());
        Assert.Equal(["submitted", "approved", "approved", "approved", "approved", "released"], History(shown, "kind"));
        Assert.Equal(["clerk", "head", "chief", "board", "committee", "committee"], History(shown, "actor"));
        Assert.Equal("4/QĐ", shown.GetProperty("history")[5].GetProperty("decision_no").GetString());
        Assert.Contains("Bắc Ninh 332-QĐ/TU, dòng", shown.GetProperty("history")[4].GetProperty("rule_applied").GetString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string?> History(JsonElement shown, string field) =>
        shown.GetProperty("history").EnumerateArray().Select(e => e.GetProperty(field).GetString()).ToList();
}

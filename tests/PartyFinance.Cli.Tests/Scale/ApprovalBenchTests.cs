using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Composition;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Cli.Tests.Scale;

/// <summary>`bench run`'s approval step: requests laid and submitted on a generated province, then each approved by its unit's head, timed.</summary>
public class ApprovalBenchTests
{
    [Fact]
    public void Percentiles_LeaveOutTheWarmup_AndTakeTheNearestRank()
    {
        // 10 warm-up times of 100 ms, then 1 … 100 ms.
        var times = Enumerable.Repeat(100.0, 10).Concat(Enumerable.Range(1, 100).Select(i => (double)i)).ToList();
        var t = ApprovalTimes.Of(times, 10);
        Assert.Equal((110, 100, 50.0, 99.0, 100.0), (t.Approved, t.Timed, t.P50, t.P99, t.Max));

        // Too few to leave a warm-up out: all are timed.
        var few = ApprovalTimes.Of([3.0, 1.0, 2.0], 10);
        Assert.Equal((3, 2.0, 3.0), (few.Timed, few.P50, few.Max));
        Assert.Equal(0, ApprovalTimes.Of([], 10).Timed);
    }

    [Fact]
    public Task ApproveAsync_SignsEveryRequestAsItsUnitHead_AndCommitsItsAmount_Sqlite() => ApprovesAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task ApproveAsync_SignsEveryRequestAsItsUnitHead_AndCommitsItsAmount_Postgres() => ApprovesAsync(DatabaseProvider.Postgres);

    private static async Task ApprovesAsync(DatabaseProvider provider)
    {
        await using var province = await ApprovalProvince.StartAsync(provider);
        var (cli, units, As) = (province.Cli, province.Units, (Func<string, IServiceProvider>)province.As);
        var ids = await ApprovalBench.PrepareAsync(As(ApprovalBench.Maker), units, 2025, 14, CancellationToken.None);
        Assert.Equal(14, ids.Count);
        var before = await CommittedAsync(cli);

        var times = await ApprovalBench.ApproveAsync(As(ApprovalBench.Maker), As, 2025, CancellationToken.None);
        Assert.Equal(14, times.Approved);
        Assert.True(times.P50 > 0 && times.P50 <= times.P99 && times.P99 <= times.Max, times.ToString());

        var requests = (await cli.JsonAsync("spend", "list", "--by", "ketoan")).EnumerateArray().Where(r => ids.Contains(r.GetProperty("id").GetInt64())).ToList();
        Assert.All(requests, r => Assert.Equal("approved", r.GetProperty("status").GetString()));
        Assert.Equal(before + 14 * ApprovalBench.Amount, await CommittedAsync(cli));
        foreach (var id in ids.Take(3))
        {
            var shown = await cli.JsonAsync("spend", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--by", "ketoan");
            var signed = Assert.Single(shown.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "approve");
            Assert.Equal("thutruong." + shown.GetProperty("unit").GetString()!.ToLowerInvariant(), signed.GetProperty("by").GetString());
        }

        // Nothing is left pending: a second run signs nothing.
        Assert.Equal(0, (await ApprovalBench.ApproveAsync(As(ApprovalBench.Maker), As, 2025, CancellationToken.None)).Approved);
    }

    private static async Task<long> CommittedAsync(CliRunner cli) =>
        (await cli.JsonAsync("budget", "status", "--year", "2025", "--by", "ketoan")).EnumerateArray().Sum(l => l.GetProperty("committed").GetInt64());
}

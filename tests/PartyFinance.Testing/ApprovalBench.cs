using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Demo;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Testing;

/// <summary>
/// The `approval` step of `bench run` on a province `demo generate` built: <see cref="PrepareAsync"/> lays
/// spending requests on the generated spending lines (1.000.000 đ each, one-off, so the unit head decides) and submits
/// them as the accountant; <see cref="ApproveAsync"/> then signs each pending one as its unit's head through the
/// application's <see cref="ApproveRequest"/> — the decider's signature, the enforced budget check under the line lock and the
/// commitment in one transaction — timing every approval (the first <see cref="Warmup"/> are left out of the percentiles).
/// </summary>
public static class ApprovalBench
{
    public const long Amount = 1_000_000;
    public const int Warmup = 50;
    public const string Maker = "ketoan";

    /// <summary>The spending items `demo generate` estimates besides salaries (GenerateProvince).</summary>
    private static readonly string[] Items = ["6501", "6551", "6701", "6651"];

    /// <summary>
    /// <paramref name="count"/> submitted requests, round the units and items; returns their ids. <paramref name="services"/> acts as
    /// <see cref="Maker"/>.
    /// </summary>
    public static async Task<IReadOnlyList<long>> PrepareAsync(IServiceProvider services, IReadOnlyList<string> units, int year, int count, CancellationToken ct)
    {
        var create = services.GetRequiredService<CreateSpendingRequest>();
        var submit = services.GetRequiredService<SubmitRequest>();
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var key = new BudgetLineKey(units[i % units.Count], year, "NSNN", Autonomy.Autonomous, "340-351", Items[i / units.Count % Items.Length]);
            var created = Must(await create.RunAsync(new NewSpendingRequest(key, Amount, $"Đo hiệu năng: đề nghị chi số {N(i + 1)}", Maker), ct));
            Must(await submit.RunAsync(created.Request.Id, Maker, ct));
            ids.Add(created.Request.Id);
        }

        return ids;
    }

    /// <summary>
    /// Approves every submitted request, each by the head of its unit (<paramref name="servicesOf"/> gives the services acting as a
    /// login), the decision dated 15 December of <paramref name="year"/>; any refusal stops the run.
    /// </summary>
    public static async Task<ApprovalTimes> ApproveAsync(IServiceProvider services, Func<string, IServiceProvider> servicesOf, int year, CancellationToken ct)
    {
        var pending = (await services.GetRequiredService<ListRequests>().RunAsync(null, ct)).Where(r => r.Status == SpendingStatus.Submitted.Code()).ToList();
        var times = new List<double>();
        var date = new DateOnly(year, 12, 15);
        foreach (var r in pending)
        {
            var head = ProvinceMovements.HeadLogin(r.Unit);
            var approve = servicesOf(head).GetRequiredService<ApproveRequest>();
            var started = Stopwatch.GetTimestamp();
            var approved = Must(await approve.RunAsync(r.Id, head, date, $"{N(r.Id)}/QĐ-{r.Unit}", null, ct));
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (approved.Request.Status != SpendingStatus.Approved)
            {
                throw new InvalidOperationException($"request {N(r.Id)} is {approved.Request.Status} after its unit head signed");
            }
        }

        return ApprovalTimes.Of(times, Warmup);
    }

    private static T Must<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.FirstError.Describe());

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How many were approved and the milliseconds an approval took: median, 99th percentile and maximum after the warm-up.</summary>
public sealed record ApprovalTimes(int Approved, int Timed, double P50, double P99, double Max)
{
    /// <summary>Leaves out the first <paramref name="warmup"/> (JIT, first connections) unless fewer remain than that; nearest-rank percentiles.</summary>
    public static ApprovalTimes Of(IReadOnlyList<double> milliseconds, int warmup)
    {
        var timed = (milliseconds.Count > 2 * warmup ? milliseconds.Skip(warmup) : milliseconds).Order().ToList();
        return timed.Count == 0
            ? new ApprovalTimes(milliseconds.Count, 0, 0, 0, 0)
            : new ApprovalTimes(milliseconds.Count, timed.Count, Rank(timed, 0.50), Rank(timed, 0.99), timed[^1]);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Approved} approvals ({Timed} timed): p50 {P50:0.000} ms, p99 {P99:0.000} ms, max {Max:0.000} ms");

    private static double Rank(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

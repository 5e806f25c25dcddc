using System.Diagnostics;
using System.Globalization;
using System.Text;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;

namespace PartyFinance.Benchmarks;

/// <summary>
/// `budget-check`: 100 units × 200 estimate lines on SQLite (each posted to 008), a year of spending
/// (twelve monthly payments by withdrawal, each a committed request and an RDT voucher) on every tenth
/// line, then the enforced check timed many times: lock the line, load it with its history and its
/// 008 books, test the amount, roll back.
/// </summary>
public static class BudgetCheckBenchmark
{
    private const int Units = 100;
    private const int Items = 100;

    public static async Task<int> RunAsync(string dbPath)
    {
        var target = DatabaseTarget.Parse(dbPath);
        var referenceDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "db", "reference"));
        await new DatabaseInitializer(target, TimeProvider.System).RunAsync(referenceDir, "bench", CancellationToken.None);
        var items = File.ReadLines(Path.Combine(referenceDir, "budget-classification.csv"))
            .Select(l => l.Split(',')).Where(f => f[0] == "sub-item" && f[^4] == "2026-01-01").Select(f => f[1]).Distinct().Take(Items).ToList();
        var units = new StringBuilder("code,name,kind,parent,chapter,valid_from,valid_to,successor\n");
        for (var u = 0; u < Units; u++)
        {
            units.Append(CultureInfo.InvariantCulture, $"U{u:000},Đơn vị {u},party-agency,,509,2018-01-01,,\n");
        }

        using (var unitStream = new MemoryStream(Encoding.UTF8.GetBytes(units.ToString())))
        {
            await new Application.Organisation.ImportUnits(new LedgerStore(target), TimeProvider.System).RunAsync(unitStream, "units.csv", "-", "bench", CancellationToken.None);
        }

        var store = new BudgetStore(target, BenchReference.Estimates);
        var poster = new LedgerVoucherPoster(store, TimeProvider.System);
        var book = BenchReference.Budget.Posting;
        var keys = new List<BudgetLineKey>();
        var csv = new StringBuilder(string.Join(',', ImportEstimates.Columns) + "\n");
        for (var u = 0; u < Units; u++)
        {
            foreach (var autonomy in new[] { "autonomous", "non-autonomous" })
            {
                foreach (var item in items)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"U{u:000},2026,NSNN,{autonomy},340-351,{item},1000000000,12/QĐ-VPTU,2026-01-05\n");
                    keys.Add(new BudgetLineKey($"U{u:000}", 2026, "NSNN", autonomy == "autonomous" ? Autonomy.Autonomous : Autonomy.NonAutonomous, "340-351", item));
                }
            }
        }

        var clock = Stopwatch.StartNew();
        var imported = await new ImportEstimates(store, BenchReference.Budget, poster).RunAsync(new StringReader(csv.ToString()), CancellationToken.None);
        if (imported.IsFailure)
        {
            Console.Error.WriteLine(imported.FirstError.Describe());
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"estimates: {keys.Count:N0} lines imported in {clock.Elapsed.TotalSeconds:F1} s"));
        clock.Restart();
        var busy = keys.Where((_, i) => i % 10 == 0).ToList();
        long request = 0;
        foreach (var key in busy)
        {
            for (var month = 1; month <= 12; month++)
            {
                var id = ++request;
                var date = new DateOnly(2026, month, 15);
                var spent = await store.InLockedLinesAsync([key], async lines =>
                {
                    var line = lines.Find(key)!;
                    var committed = line.Commit(id, 7_000_000 + month);
                    if (committed.IsFailure || line.Post(id, 7_000_000 + month).IsFailure)
                    {
                        return Result.Failure<int>(committed.Errors);
                    }

                    var built = book.Build(PaymentPosting.PayWithdrawal, Domain.Posting.PostingContext.For(key, date, Domain.Posting.PostingContext.Amount(7_000_000 + month))).Value;
                    var voucher = await poster.PostAsync(new Domain.Ledger.VoucherDraft($"bench-{id}", date, key.Unit, built.VoucherType, "Chi", built.Lines), "bench", CancellationToken.None);
                    return voucher.IsFailure ? Result.Failure<int>(voucher.Errors) : Result.Success(0);
                }, CancellationToken.None);
                if (spent.IsFailure)
                {
                    Console.Error.WriteLine(spent.FirstError.Describe());
                    return 1;
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"spending: {request:N0} commitments posted on {busy.Count:N0} lines in {clock.Elapsed.TotalSeconds:F1} s"));
        var probe = new DomainError("bench.rollback", "rollback");
        var random = new Random(7);
        var times = new List<double>();
        for (var i = 0; i < 3000; i++)
        {
            var key = busy[random.Next(busy.Count)];
            var t = Stopwatch.GetTimestamp();
            await store.InLockedLinesAsync<int>([key], lines => Task.FromResult(Result.Failure<int>(lines.Find(key)!.Check(5_000_000).Warning is null ? probe : probe with { Message = "thiếu" })), CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        times = times.Skip(200).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"enforced budget check (lock + load line with a year of history + check + roll back), {times.Count} runs: p50 {times[times.Count / 2]:F3} ms, p99 {times[(int)(times.Count * 0.99)]:F3} ms, max {times[^1]:F3} ms"));
        return 0;
    }
}

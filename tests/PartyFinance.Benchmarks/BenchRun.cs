using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Budgeting;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Benchmarks;

/// <summary>
/// `bench run [--quick] [--record]`: one province built by `demo generate` (100 units, 1,000,000 vouchers, 100,000
/// assets; `--quick` a tenth: 10 units, 100,000 vouchers, 10,000 assets), then every step measured as a whole process of
/// the product's own command-line tool, published ReadyToRun as the README tells users to get it (<see cref="CliBuilds.Published"/>), under <c>/usr/bin/time</c> (wall time and peak RSS, start-up included): the
/// build itself (every voucher through the posting path with full validation and the budget check), `voucher export` of the
/// year and `voucher import` of that file into fresh books (the units, opening balances and accountant put there first,
/// not timed), `ledger export`, the
/// year's and one month's trial balance, the general ledger of one account, the enforced budget check p99 (in a process of
/// its own on the same books), approvals (550 spending requests submitted in a process of their own, then approved by their
/// unit heads in one, p50/p99: <see cref="ApprovalBench"/>), the wear run, the full workbook, the year-end close, and Ledger's and hledger's `bal` on
/// the exported journal, with the ratios. On SQLite, and on PostgreSQL beside it when PARTYFINANCE_TEST_PG names a server.
/// `--quick` then holds the figures to tests/PartyFinance.Benchmarks/bench-quick.csv (<see cref="BenchGate"/>, twice the
/// recorded value; a step that leaves the books unchanged and is past it is measured again, <see cref="GatedAsync"/>);
/// `--record` writes the run's figures there instead.
/// </summary>
public static class BenchRun
{
    private const int Year = 2025;

    /// <summary>Spending requests the approval step signs (each by its unit's head, one-off 1.000.000 đ), at both sizes.</summary>
    private const int ApprovalRequests = 550;

    public static async Task<int> RunAsync(bool quick, bool record)
    {
        var (units, vouchers, assets) = quick ? (10, 100_000, 10_000) : (100, 1_000_000, 100_000);
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        // The tool as users get it: published for this runtime, ReadyToRun (README, Performance).
        var cli = CliBuilds.Published;
        if (!File.Exists(cli) || !File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine($"bench run needs the published command-line tool ({cli}: {CliBuilds.PublishCommand}) and /usr/bin/time (Debian package time)");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("pf-bench-").FullName;
        var started = Stopwatch.StartNew();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench run{(quick ? " --quick" : string.Empty)}: {units} units, {vouchers:N0} vouchers, {assets:N0} assets, year {Year}; {Environment.ProcessorCount} cores, load average {LoadAverage()}"));
        var figures = new List<BenchFigure>();
        var extras = new List<string>();
        var recordedFile = Path.Combine(root, "tests", "PartyFinance.Benchmarks", "bench-quick.csv");
        var gate = quick && !record ? BenchGate.ReadRecorded(await File.ReadAllTextAsync(recordedFile)) : null;

        // Every step's runs: in the gate, a repeatable one past the factor of its recorded figure, calibrated by what has run so far, is run again.
        Task<(BenchFigure Figure, string Output)> Gated(Func<Task<(BenchFigure Figure, string Output)>> once) =>
            GatedAsync(gate is null ? null : () => BenchGate.Calibrated(gate, figures), extras, once);
        try
        {
            var providers = new List<(string Name, string Db)> { ("sqlite", Path.Combine(work, "province.db")) };
            if (Environment.GetEnvironmentVariable("PARTYFINANCE_TEST_PG") is { Length: > 0 } admin)
            {
                providers.Add(("postgres", await CreatePostgresAsync(admin)));
            }

            foreach (var (provider, db) in providers)
            {
                var journal = Path.Combine(work, provider + ".ledger");
                var exported = Path.Combine(work, provider + "-vouchers.csv");
                var fresh = provider == "sqlite" ? Path.Combine(work, "imported.db") : await CreatePostgresAsync(Environment.GetEnvironmentVariable("PARTYFINANCE_TEST_PG")!);
                var steps = new (string Step, string Tool, string[] Args)[]
                {
                    ("build", cli, ["--db", db, "demo", "generate", "--units", N(units), "--vouchers", N(vouchers), "--assets", N(assets), "--year", N(Year), "--seed", "1"]),
                    ("ledger-export", cli, ["--db", db, "ledger", "export", "--format", "ledger", "--year", N(Year), "--out", journal]),
                    ("ledger-bal", "/usr/bin/ledger", ["-f", journal, "bal"]),
                    ("hledger-bal", "/usr/bin/hledger", ["-f", journal, "bal"]),
                    ("voucher-export", cli, ["--db", db, "voucher", "export", "--year", N(Year), "--out", exported]),
                    ("voucher-import", cli, ["--db", fresh, "--by", ImportRoundTrip.Accountant, "voucher", "import", exported]),
                    ("trial-balance-year", cli, ["--db", db, "ledger", "trial-balance", "--year", N(Year), "--json"]),
                    ("trial-balance-month", cli, ["--db", db, "ledger", "trial-balance", "--month", N(Year) + "-06", "--json"]),
                    ("general-ledger", cli, ["--db", db, "ledger", "general", "--account", "1111", "--year", N(Year), "--unit", "VPTU", "--json"]),
                    ("wear-run", cli, ["--db", db, "--by", "ketoan", "asset", "wear", "--year", N(Year)]),
                    ("workbook", cli, ["--db", db, "--by", "ketoan", "report", "export", "--year", N(Year), "--out", Path.Combine(work, provider + ".xlsx")]),
                    ("close-year", cli, ["--db", db, "--by", "ketoantruong", "close", "year", "--year", N(Year), "--date", N(Year + 1) + "-02-01"]),
                };
                foreach (var (step, tool, args) in steps)
                {
                    if (step == "voucher-import")
                    {
                        // Fresh books with what the import needs — the units, the opening balances, the accountant — through the product's commands, not timed.
                        await PrepareImportAsync(cli, db, fresh, provider, work);
                    }

                    if (step == "wear-run")
                    {
                        // The budget check on the same books, before the wear run and the close change them.
                        var check = await Gated(() => Measure("budget-check", provider, Environment.ProcessPath!, ["budget-check-on", db, N(Year)], work));
                        figures.Add(check.Figure);
                        extras.Add($"{provider}: {check.Output.Trim()}");

                        // Approvals on the same books: the requests laid and submitted in a process of their own (not in the table), then approved in one.
                        var approved = await Gated(async () =>
                        {
                            var laid = await Measure("approval-prepare", provider, Environment.ProcessPath!, ["approval-prepare", db, N(Year), N(ApprovalRequests)], work);
                            var run = await Measure("approval", provider, Environment.ProcessPath!, ["approval-on", db, N(Year)], work);
                            return (run.Figure, string.Create(CultureInfo.InvariantCulture, $"{run.Output.Trim()} (prepared in {laid.Figure.Seconds:0.00} s)"));
                        });
                        figures.Add(approved.Figure);
                        extras.Add($"{provider}: {approved.Output}");
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {provider,-8} {"approval",-20} {approved.Figure.Seconds,8:0.000} s {approved.Figure.PeakMegabytes,6} MB"));
                    }

                    var measured = await Gated(() => Measure(step, provider, tool, args, work));
                    figures.Add(measured.Figure);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {provider,-8} {step,-20} {measured.Figure.Seconds,8:0.000} s {measured.Figure.PeakMegabytes,6} MB"));
                }
            }
        }
        catch (BenchFailed e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Print(figures, extras);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole run {started.Elapsed.TotalSeconds:0} s; load average at the end {LoadAverage()}"));
        if (!quick)
        {
            return 0;
        }

        if (record)
        {
            await File.WriteAllTextAsync(recordedFile, BenchGate.WriteRecorded(figures));
            Console.WriteLine($"recorded in {recordedFile}");
            return 0;
        }

        foreach (var provider in figures.Select(f => f.Provider).Distinct())
        {
            if (BenchGate.Speed(gate!, figures, provider) is { } speed)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"gate ({provider}): ledger bal took {speed:0.00}× its recorded time on this machine, so the recorded times are held ×{speed:0.00}"));
            }
        }

        var problems = BenchGate.Regressions(BenchGate.Calibrated(gate!, figures), figures);
        foreach (var p in problems)
        {
            Console.Error.WriteLine("regression: " + p);
        }

        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// Steps that leave the books as they found them (they read them, or write a file, or — the approvals — sign requests
    /// laid for the run), so the gate may run them again (<see cref="BenchGate.Attempts"/>). The build, the import, the wear
    /// run and the close change the books the later steps read: measured once.
    /// </summary>
    private static readonly HashSet<string> Repeatable = new(StringComparer.Ordinal)
    {
        "voucher-export", "ledger-export", "trial-balance-year", "trial-balance-month", "general-ledger", "budget-check", "approval", "workbook", "ledger-bal", "hledger-bal",
    };

    /// <summary>
    /// One run of a step; in the gate (<paramref name="gate"/> not null) a run of a <see cref="Repeatable"/> step past the
    /// factor is followed by others, up to <see cref="BenchGate.Attempts"/>, until one is within it, and the fastest is kept.
    /// Every repeat is reported in <paramref name="extras"/>, so the table never hides a slow run.
    /// </summary>
    private static async Task<(BenchFigure Figure, string Output)> GatedAsync(Func<IReadOnlyList<BenchFigure>>? gate, List<string> extras, Func<Task<(BenchFigure Figure, string Output)>> once)
    {
        var runs = new List<(BenchFigure Figure, string Output)> { await once() };
        while (gate is not null && Repeatable.Contains(runs[0].Figure.Step) && runs.Count < BenchGate.Attempts && BenchGate.Past(gate(), BenchGate.Fastest(runs.ConvertAll(r => r.Figure))))
        {
            runs.Add(await once());
        }

        var fastest = BenchGate.Fastest(runs.ConvertAll(r => r.Figure));
        if (runs.Count > 1)
        {
            var first = runs[0].Figure;
            extras.Add(string.Create(CultureInfo.InvariantCulture,
                $"measured again: {first.Step} ({first.Provider}) past {BenchGate.Factor:0.#}× its recorded figure, runs {string.Join(", ", runs.Select(r => $"{r.Figure.Seconds:0.000} s / {r.Figure.PeakMegabytes} MB"))}; the table and the gate hold the fastest"));
        }

        return runs.First(r => r.Figure == fastest);
    }

    /// <summary>Makes <paramref name="fresh"/> ready for `voucher import` of <paramref name="db"/>'s year: <see cref="ImportRoundTrip.PrepareCommands"/> with the source's units and opening balances.</summary>
    private static async Task PrepareImportAsync(string cli, string db, string fresh, string provider, string work)
    {
        var units = Path.Combine(work, provider + "-units.csv");
        var opening = Path.Combine(work, provider + "-opening.csv");
        await File.WriteAllTextAsync(units, (await Measure("units", provider, cli, ["--db", db, "unit", "list", "--format", "csv"], work)).Output);
        await File.WriteAllTextAsync(opening, await ImportRoundTrip.OpeningCsvAsync(DatabaseTarget.Parse(db), Year, CancellationToken.None));
        foreach (var command in ImportRoundTrip.PrepareCommands(units, opening))
        {
            await Measure("voucher-import-prepare", provider, cli, ["--db", fresh, .. command], work);
        }
    }

    /// <summary>
    /// Checks run before the timed ones. The runtime recompiles the hot path with full optimisation in the background
    /// after its first calls; on this machine that goes on for the first 400–500 checks (their CPU time per check was
    /// twice the later ones'), so the timed checks start after it, as in a long-running web process.
    /// </summary>
    private const int Warmup = 1000;

    /// <summary>The enforced budget check p99 on books `demo generate` built: lock a line, load it with its year and its 008 books, check, roll back; 2,000 timed after <see cref="Warmup"/>.</summary>
    public static async Task<int> BudgetCheckOnAsync(string db, int year)
    {
        var target = DatabaseTarget.Parse(db);
        var store = new BudgetStore(target, BenchReference.Estimates);
        var units = (await new Infrastructure.Ledger.LedgerQueries(target).ListUnitsAsync(CancellationToken.None)).Select(u => u.Code).ToList();
        string[] items = ["6001", "6501", "6551", "6701", "6651"];
        var keys = units.SelectMany(u => items.Select(i => new BudgetLineKey(u, year, "NSNN", Autonomy.Autonomous, "340-351", i))).ToList();
        var probe = new DomainError("bench.rollback", "rollback");
        var random = new Random(7);
        var times = new List<double>();
        var (collections, allocated) = (0, 0L);
        for (var i = 0; i < Warmup + 2000; i++)
        {
            if (i == Warmup)
            {
                (collections, allocated) = (GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
            }

            var key = keys[random.Next(keys.Count)];
            var t = Stopwatch.GetTimestamp();
            await store.InLockedLinesAsync<int>([key], lines => Task.FromResult(Result.Failure<int>(lines.Find(key)!.Check(5_000_000).Warning is null ? probe : probe with { Message = "thiếu" })),
                CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }

        (collections, allocated) = (GC.CollectionCount(0) - collections, GC.GetTotalAllocatedBytes() - allocated);
        times = times.Skip(Warmup).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"budget check on {keys.Count} lines, {times.Count} runs: p50 {times[times.Count / 2]:0.000} ms, p99 {times[(int)(times.Count * 0.99)]:0.000} ms, max {times[^1]:0.000} ms; " +
            $"{allocated / times.Count / 1024.0:0.0} KB allocated per check, {collections} collections"));
        return 0;
    }

    /// <summary>`approval-prepare`: <paramref name="count"/> spending requests laid on the generated lines and submitted by the accountant.</summary>
    public static async Task<int> ApprovalPrepareAsync(string db, int year, int count)
    {
        var services = Services(db, ApprovalBench.Maker);
        var units = (await new Infrastructure.Ledger.LedgerQueries(DatabaseTarget.Parse(db)).ListUnitsAsync(CancellationToken.None)).Select(u => u.Code).ToList();
        var ids = await ApprovalBench.PrepareAsync(services, units, year, count, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ids.Count} requests submitted"));
        return 0;
    }

    /// <summary>`approval-on`: every submitted request approved by its unit's head through the application's use case, each timed; prints p50/p99/max.</summary>
    public static async Task<int> ApprovalOnAsync(string db, int year)
    {
        var actors = new Dictionary<string, IServiceProvider>(StringComparer.Ordinal);
        IServiceProvider Of(string login) => actors.TryGetValue(login, out var sp) ? sp : actors[login] = Services(db, login);
        var times = await ApprovalBench.ApproveAsync(Of(ApprovalBench.Maker), Of, year, CancellationToken.None);
        Console.WriteLine(times);
        return 0;
    }

    /// <summary>The product's composition root on <paramref name="db"/>, acting as <paramref name="actor"/> (as the command line's --by).</summary>
    private static IServiceProvider Services(string db, string actor)
    {
        var data = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "db"));
        return Composition.PartyFinanceServices.Build(new Composition.ProductSettings(DatabaseTarget.Parse(db), actor, data), TimeProvider.System).CreateScope().ServiceProvider;
    }

    private static void Print(List<BenchFigure> figures, List<string> extras)
    {
        Console.WriteLine();
        Console.WriteLine("| step | provider | seconds | peak MB |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var f in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {f.Step} | {f.Provider} | {f.Seconds:0.000} | {f.PeakMegabytes} |"));
        }

        foreach (var provider in figures.Select(f => f.Provider).Distinct())
        {
            double Of(string step) => figures.First(f => f.Provider == provider && f.Step == step).Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{provider}: ledger bal / voucher-import {Of("ledger-bal") / Of("voucher-import"):0.00}×; ledger bal / trial balance (year) {Of("ledger-bal") / Of("trial-balance-year"):0.0}×; " +
                $"hledger bal / trial balance (year) {Of("hledger-bal") / Of("trial-balance-year"):0.0}×; hledger bal / ledger bal {Of("hledger-bal") / Of("ledger-bal"):0.0}×"));
        }

        foreach (var e in extras)
        {
            Console.WriteLine(e);
        }
    }

    private static async Task<(BenchFigure Figure, string Output)> Measure(string step, string provider, string tool, string[] args, string work)
    {
        var timing = Path.Combine(work, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-f", "%e %M", "-o", timing, tool, .. args])
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var text = await output;
        if (p.ExitCode != 0)
        {
            throw new BenchFailed($"{step} ({provider}): {tool} {string.Join(' ', args)} → {p.ExitCode}: {(await error).Trim()} {text[..Math.Min(text.Length, 2000)]}");
        }

        var f = (await File.ReadAllTextAsync(timing)).Trim().Split('\n')[^1].Split(' ');
        return (new BenchFigure(step, provider, double.Parse(f[0], CultureInfo.InvariantCulture), long.Parse(f[1], CultureInfo.InvariantCulture) / 1024), text);
    }

    private static async Task<string> CreatePostgresAsync(string admin)
    {
        var name = "pf_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class BenchFailed(string message) : Exception(message);
}

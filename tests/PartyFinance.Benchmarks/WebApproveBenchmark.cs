using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Web;
using PartyFinance.Web.Security;

namespace PartyFinance.Benchmarks;

/// <summary>
/// `web-approve`: the web application on loopback over a temporary SQLite file with the demo province. Five units' lines
/// are set to exactly 60 × 1.000.000 đ available and get 80 submitted requests of 1.000.000 đ each; 50 unit heads (ten
/// per unit) sign in through /api/session and approve their unit's requests at once through POST /api/spending/{id}/approve,
/// every user its eight requests one after another. Measured: each approval's round trip. Afterwards, from the books:
/// every line committed exactly what was approved (60 per line, the other 20 refused budget.insufficient) and none
/// went below zero available. Exit 0 only with p95 ≤ 50 ms, no error and no overspend.
/// Before the measured round every user approves <see cref="WarmUpPerUser"/> requests on another line of the unit (not
/// counted): the first few hundred approvals of a fresh process are mostly the JIT compiling and recompiling the path (a
/// profile of an unwarmed run showed a fifth of its CPU in the JIT), which a server running all day has long done.
/// With <c>--think-ms N</c> each user pauses before every approval as a person reading the request would — a time drawn
/// uniformly from N/2 … 3N/2 (seeded, so every run draws the same pauses) — instead of approving back to back (N = 0).
/// </summary>
public static class WebApproveBenchmark
{
    private const int Users = 50;
    private const int PerUser = 8;
    private const long Amount = 1_000_000;
    private const int Capacity = 60;

    /// <summary>Approvals per user before the measured ones, on a line of their own: a server that has run all day is warm.</summary>
    private const int WarmUpPerUser = 4;
    private const string Password = "bench-web-2026";
    private static readonly string[] Units = ["VPTU", "BTC", "BNC", "UBKT", "BTGDV"];

    public static async Task<int> RunAsync(int thinkMs)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pf-web-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "books.db");
        var dataFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "db"));
        await using var app = WebApp.Create(["--urls", "http://127.0.0.1:0"], TimeProvider.System, b =>
        {
            b.Configuration["ConnectionStrings:PartyFinance"] = db;
            b.Configuration["PartyFinance:DataFolder"] = dataFolder;
            b.Configuration["Logging:LogLevel:Default"] = "Warning";
        });
        var clock = Stopwatch.StartNew();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine(F($"app started on {address} with the demo province in {clock.Elapsed.TotalSeconds:F1} s ({db})"));

        clock.Restart();
        var year = DateOnly.FromDateTime(DateTime.Now).Year;
        var lines = new Dictionary<string, BudgetLineKey>();
        var warmLines = new Dictionary<string, BudgetLineKey>();
        foreach (var unit in Units)
        {
            lines[unit] = await PrepareLineAsync(app.Services, unit, year, Capacity, null);
            warmLines[unit] = await PrepareLineAsync(app.Services, unit, year, Users * WarmUpPerUser, lines[unit]);
        }

        var logins = new List<(string Login, string Unit)>();
        for (var i = 0; i < Users; i++)
        {
            logins.Add((F($"bench.{i:00}"), Units[i % Units.Length]));
        }

        await AddUsersAsync(app.Services, logins);
        var requests = new Dictionary<string, Queue<long>>();
        var warmRequests = new Dictionary<string, Queue<long>>();
        foreach (var unit in Units)
        {
            requests[unit] = new Queue<long>(await CreateRequestsAsync(app.Services, lines[unit], logins.Count(l => l.Unit == unit) * PerUser));
            warmRequests[unit] = new Queue<long>(await CreateRequestsAsync(app.Services, warmLines[unit], logins.Count(l => l.Unit == unit) * WarmUpPerUser));
        }

        var before = new Dictionary<string, long>();
        foreach (var unit in Units)
        {
            before[unit] = (await LineAsync(app.Services, lines[unit])).Committed;
        }

        var clients = await Task.WhenAll(logins.Select(l => SignInAsync(address, l.Login)));
        Console.WriteLine(F($"setup: {Units.Length} lines at {Capacity} × {Amount:N0} đ, {requests.Values.Sum(q => q.Count)} submitted requests, {Users} users signed in, in {clock.Elapsed.TotalSeconds:F1} s"));

        clock.Restart();
        // Each user's warm-up requests are taken here, one user after another: ten users of a unit share its queue, which is not
        // safe to take from at once (taken inside the tasks, two users now and then got the same request and one of them failed).
        var warmWork = logins.Select(l => Enumerable.Range(0, WarmUpPerUser).Select(_ => warmRequests[l.Unit].Dequeue()).ToList()).ToList();
        var warmUp = await Task.WhenAll(logins.Select((l, i) => Task.Run(async () =>
        {
            var failed = 0;
            foreach (var id in warmWork[i])
            {
                var response = await clients[i].PostAsJsonAsync(F($"/api/spending/{id}/approve"), new { decision_no = F($"W-{id}/QĐ") });
                failed += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }

            return failed;
        })));
        Check(warmUp.Sum() == 0, F($"{warmUp.Sum()} warm-up approvals failed"));
        await Task.Delay(1000); // the runtime finishes compiling what the warm-up made hot
        Console.WriteLine(F($"warm-up: {Users * WarmUpPerUser} approvals on other lines in {clock.Elapsed.TotalSeconds:F1} s, not counted"));

        var work = logins.Select((l, i) => (Client: clients[i], Ids: Enumerable.Range(0, PerUser).Select(_ => requests[l.Unit].Dequeue()).ToList())).ToList();
        var timings = new System.Collections.Concurrent.ConcurrentBag<double>();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<(long Id, string Outcome)>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        // All users start together on an awaited signal: a blocking barrier held 50 pool threads, and the pool's slow
        // growth to 50 threads was counted as the approvals' time (the earlier runs' 9–14 approvals a second).
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var users = work.Select((w, u) => Task.Run(async () =>
        {
            await start.Task;
            var pauses = new Random(u);
            foreach (var id in w.Ids)
            {
                if (thinkMs > 0)
                {
                    await Task.Delay(thinkMs / 2 + pauses.Next(thinkMs + 1));
                }

                var one = Stopwatch.StartNew();
                var response = await w.Client.PostAsJsonAsync(F($"/api/spending/{id}/approve"), new { decision_no = F($"B-{id}/QĐ") });
                var body = await response.Content.ReadAsStringAsync();
                timings.Add(one.Elapsed.TotalMilliseconds);
                outcomes.Add((id, response.StatusCode == HttpStatusCode.OK ? "approved"
                    : response.StatusCode == HttpStatusCode.UnprocessableEntity && body.Contains("\"budget.insufficient\"", StringComparison.Ordinal) ? "insufficient"
                    : F($"error {(int)response.StatusCode}: {body}")));
            }
        })).ToList();
        clock.Restart();
        start.SetResult();
        await Task.WhenAll(users);
        var wall = clock.Elapsed;
        var cpuPerApproval = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (Users * PerUser);

        var sorted = timings.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var errors = outcomes.Where(o => o.Outcome.StartsWith("error", StringComparison.Ordinal)).ToList();
        var approved = outcomes.Count(o => o.Outcome == "approved");
        var refused = outcomes.Count(o => o.Outcome == "insufficient");
        var pace = thinkMs > 0 ? F($", each pausing {thinkMs / 2}–{thinkMs * 3 / 2} ms before every approval") : ", back to back (no pause)";
        Console.WriteLine(F($"{sorted.Length} approvals by {Users} concurrent users{pace} in {wall.TotalSeconds:F2} s ({sorted.Length / wall.TotalSeconds:F0}/s): approved {approved}, refused budget.insufficient {refused}, errors {errors.Count}"));
        Console.WriteLine(F($"latency ms: p50 {P(0.50):F1}, p95 {P(0.95):F1}, p99 {P(0.99):F1}, max {sorted[^1]:F1}; CPU {cpuPerApproval:F1} ms per approval (server and load driver, one process)"));
        foreach (var e in errors.Take(5))
        {
            Console.WriteLine(F($"  request {e.Id}: {e.Outcome}"));
        }

        // From the books: each line committed exactly its approved requests, at most its capacity, and stays ≥ 0 available.
        var overspent = 0;
        foreach (var unit in Units)
        {
            var line = await LineAsync(app.Services, lines[unit]);
            var ids = work.Where((_, i) => logins[i].Unit == unit).SelectMany(w => w.Ids).ToHashSet();
            var approvedHere = outcomes.Count(o => ids.Contains(o.Id) && o.Outcome == "approved");
            var committed = line.Committed - before[unit];
            var ok = line.Available >= 0 && committed == approvedHere * Amount && approvedHere == Math.Min(Capacity, ids.Count);
            overspent += ok ? 0 : 1;
            Console.WriteLine(F($"  {lines[unit]}: committed {committed:N0} đ for {approvedHere} approvals, available {line.Available:N0} đ{(ok ? "" : "  ← OVERSPEND OR MISMATCH")}"));
        }

        foreach (var c in clients)
        {
            c.Dispose();
        }

        await app.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        var met = P(0.95) <= 50 && errors.Count == 0 && overspent == 0;
        Console.WriteLine(met ? "target met: p95 ≤ 50 ms, zero errors, zero overspend" : "TARGET NOT MET");
        return met ? 0 : 1;
    }

    /// <summary>
    /// The unit's NSNN autonomous line of the year with the most room (other than <paramref name="besides"/>), brought to exactly
    /// <paramref name="room"/> requests of room by a supplement or an adjustment.
    /// </summary>
    private static async Task<BudgetLineKey> PrepareLineAsync(IServiceProvider services, string unit, int year, int room, BudgetLineKey? besides)
    {
        await using var scope = Scope(services, "ketoantruong");
        var status = await scope.ServiceProvider.GetRequiredService<BudgetStatus>().RunAsync(unit, year, CancellationToken.None);
        var best = status.Where(l => l.FundSource == "NSNN" && l.Autonomy == "autonomous" && !l.CarriedOver)
            .Where(l => besides is null || l.Sector != besides.Sector || l.BudgetItem != besides.BudgetItem).MaxBy(l => l.Available)
            ?? throw new InvalidOperationException($"{unit} has no NSNN autonomous line in {year}");
        var key = new BudgetLineKey(unit, year, best.FundSource, Autonomy.Autonomous, best.Sector, best.BudgetItem);
        var change = room * Amount - best.Available;
        if (change != 0)
        {
            var done = await scope.ServiceProvider.GetRequiredService<RecordEstimateChange>()
                .RunAsync(key, change > 0 ? MovementKind.Supplement : MovementKind.Adjustment, change, "BENCH/QĐ", DateOnly.FromDateTime(DateTime.Now), CancellationToken.None);
            Check(done.IsSuccess, done.IsFailure ? done.FirstError.Describe() : null);
        }

        return key;
    }

    private static async Task AddUsersAsync(IServiceProvider services, IReadOnlyList<(string Login, string Unit)> logins)
    {
        await using var scope = Scope(services, "quantri");
        var add = scope.ServiceProvider.GetRequiredService<AddUser>();
        var password = scope.ServiceProvider.GetRequiredService<SetPassword>();
        foreach (var (login, unit) in logins)
        {
            var added = await add.ExecuteAsync(new AddUserRequest(login, "Thủ trưởng đo tải " + login[^2..], Role.UnitHead, RoleScope.Unit(unit), new DateOnly(2018, 1, 1), null), "quantri", CancellationToken.None);
            Check(added.IsSuccess, added.IsFailure ? added.FirstError.Describe() : null);
            var set = await password.RunAsync(login, Password, "quantri", LockoutPolicy.Default, CancellationToken.None);
            Check(set.IsSuccess, set.IsFailure ? set.FirstError.Describe() : null);
        }
    }

    private static async Task<IReadOnlyList<long>> CreateRequestsAsync(IServiceProvider services, BudgetLineKey key, int count)
    {
        await using var scope = Scope(services, "ketoan");
        var create = scope.ServiceProvider.GetRequiredService<CreateSpendingRequest>();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitRequest>();
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var created = await create.RunAsync(new NewSpendingRequest(key, Amount, F($"Đo tải {i}"), "ketoan"), CancellationToken.None);
            Check(created.IsSuccess, created.IsFailure ? created.FirstError.Describe() : null);
            var submitted = await submit.RunAsync(created.Value.Request.Id, "ketoan", CancellationToken.None);
            Check(submitted.IsSuccess, submitted.IsFailure ? submitted.FirstError.Describe() : null);
            ids.Add(created.Value.Request.Id);
        }

        return ids;
    }

    private static async Task<BudgetLine> LineAsync(IServiceProvider services, BudgetLineKey key)
    {
        await using var scope = Scope(services, "ketoan");
        return await scope.ServiceProvider.GetRequiredService<IBudgetStore>().FindLineAsync(key, CancellationToken.None) ?? throw new InvalidOperationException($"no line {key}");
    }

    private static async Task<HttpClient> SignInAsync(string address, string login)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = new Uri(address) };
        await UseAntiforgeryAsync(client);
        var signed = await client.PostAsJsonAsync("/api/session", new { login, password = Password });
        Check(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        await UseAntiforgeryAsync(client);
        return client;
    }

    private static async Task UseAntiforgeryAsync(HttpClient client)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Remove(Antiforgery.HeaderName);
        client.DefaultRequestHeaders.Add(Antiforgery.HeaderName, json.GetProperty("token").GetString());
    }

    private static AsyncServiceScope Scope(IServiceProvider services, string login)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActingUser>().Login = login;
        return scope;
    }

    private static void Check(bool ok, string? why)
    {
        if (!ok)
        {
            throw new InvalidOperationException(why);
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}


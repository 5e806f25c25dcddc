using System.Collections.Concurrent;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Ledger;

/// <summary>
/// `close year` from the browser: the close runs after the request that started it, in a scope of its own whose
/// actor is the user who started it (<see cref="ActingUser"/>), so the page can show each step as it goes and reload
/// itself. One run per year at a time; the close itself checks the permission and is resumable, so a run refused,
/// failed or cut short by a restart is simply started again.
/// </summary>
public sealed class YearCloseRuns(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<YearCloseRuns> log)
{
    private readonly Dictionary<int, YearCloseRun> _runs = [];
    private readonly Lock _gate = new();

    public YearCloseRun? Of(int year)
    {
        lock (_gate)
        {
            return _runs.GetValueOrDefault(year);
        }
    }

    /// <summary>Starts the close of <paramref name="year"/>; false while one is already running for that year.</summary>
    public bool Start(int year, string? unit, DateOnly date, string by)
    {
        var run = new YearCloseRun(year, unit, date, by);
        lock (_gate)
        {
            if (_runs.TryGetValue(year, out var running) && !running.Done)
            {
                return false;
            }

            _runs[year] = run;
        }

        // The request's context (its user, its HttpContext) does not flow into the run: the run has its own scope and actor.
        using (ExecutionContext.SuppressFlow())
        {
            run.Task = Task.Run(() => RunAsync(run));
        }

        return true;
    }

    private async Task RunAsync(YearCloseRun run)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActingUser>().Login = run.By;
            var close = scope.ServiceProvider.GetRequiredService<CloseBooksYear>();
            var result = await close.RunAsync(run.Year, run.Unit, run.Date, run.By, run, lifetime.ApplicationStopping);
            run.End(result.IsSuccess ? result.Value : null, result.IsFailure ? result.Errors : []);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The close is resumable: what committed stays, the rest runs at the next start. The page shows the failure.
            log.LogError(e, "Year-end close {Year} failed", run.Year);
            run.End(null, [new DomainError("close.unexpected", "Khóa sổ năm dừng do lỗi ngoài dự kiến; chạy lại, các bước đã xong không chạy lại.")]);
        }
    }
}

/// <summary>One close as it goes: the step running (1–7) and for how many units, each step's reports as it ends, and the outcome.</summary>
public sealed class YearCloseRun(int year, string? unit, DateOnly date, string by) : ICloseObserver
{
    private readonly ConcurrentQueue<CloseStepReport> _reports = new();

    public int Year { get; } = year;

    public string? Unit { get; } = unit;

    public DateOnly Date { get; } = date;

    public string By { get; } = by;

    public Task Task { get; set; } = Task.CompletedTask;

    public CloseStep? Step { get; private set; }

    public int Units { get; private set; }

    public bool Done { get; private set; }

    public CloseReport? Report { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public IReadOnlyList<CloseStepReport> Reports => _reports.ToArray();

    public static int Number(CloseStep step) => (int)step + 1;

    public static int StepCount => Enum.GetValues<CloseStep>().Length;

    public void Started(CloseStep step, int units) => (Step, Units) = (step, units);

    public void Committed(CloseStep step)
    {
    }

    public void Finished(CloseStep step, IReadOnlyList<CloseStepReport> reports)
    {
        foreach (var r in reports)
        {
            _reports.Enqueue(r);
        }
    }

    internal void End(CloseReport? report, IReadOnlyList<DomainError> errors)
    {
        Report = report;
        Errors = errors;
        Done = true;
    }
}

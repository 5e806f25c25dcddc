using System.Collections.Concurrent;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Tests.Budgeting;

/// <summary>
/// Test double of <see cref="IBudgetStore"/> with the same contract as the database one: one
/// lock for all lines (a stricter lock than per-row), work runs on copies of the lines, and
/// only a successful result replaces them — a refusal leaves the stored lines untouched.
/// </summary>
internal sealed class InMemoryBudgetStore(FakePoster books, EstimateAttribution attribution) : IBudgetStore
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ConcurrentDictionary<BudgetLineKey, BudgetLine> _lines = new();
    private readonly Dictionary<(string, int), ControlModeSetting> _modes = [];
    private readonly ConcurrentDictionary<long, SpendingRequest> _requests = new();
    private readonly Dictionary<long, RecurringPlan> _plans = [];
    private long _nextRequest;
    private long _nextPlan;

    public async Task<Result<T>> InLockedLinesAsync<T>(IReadOnlyCollection<BudgetLineKey> keys, Func<LockedLines, Task<Result<T>>> work, CancellationToken ct)
    {
        await _lock.WaitAsync(ct);
        try
        {
            var copies = keys.Where(_lines.ContainsKey).Select(k => Copy(_lines[k])).ToList();
            var locked = new LockedLines(keys, copies);
            var result = await work(locked);
            if (result.IsSuccess)
            {
                foreach (var line in locked.Loaded.Concat(locked.Added))
                {
                    _lines[line.Key] = line;
                }
            }

            return result;
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task<BudgetLine?> FindLineAsync(BudgetLineKey key, CancellationToken ct) =>
        Task.FromResult(_lines.TryGetValue(key, out var l) ? Copy(l) : null);

    public Task<IReadOnlyList<BudgetLine>> LinesAsync(string unit, int year, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BudgetLine>>(_lines.Values.Where(l => l.Key.Unit == unit && l.Key.Year == year).Select(Copy).ToList());

    public Task<ControlModeSetting?> FindControlModeAsync(string fundSource, int year, CancellationToken ct) =>
        Task.FromResult(_modes.GetValueOrDefault((fundSource, year)));

    public Task SaveControlModeAsync(ControlModeSetting setting, CancellationToken ct)
    {
        _modes[(setting.FundSource, setting.Year)] = setting;
        return Task.CompletedTask;
    }

    /// <summary>Every unit exists here unless a test names the ones that do.</summary>
    public HashSet<string>? Units { get; set; }

    public Task<bool> UnitExistsAsync(string unit, CancellationToken ct) => Task.FromResult(Units is null || Units.Contains(unit));

    public Task<DateOnly?> UnitEndAsync(string unit, CancellationToken ct) => Task.FromResult(Ends.TryGetValue(unit, out var end) ? end : (DateOnly?)null);

    /// <summary>Units that ended (merged away), with their last day.</summary>
    public Dictionary<string, DateOnly> Ends { get; } = new(StringComparer.Ordinal);

    /// <summary>Budget items the classification does not hold (everything else is classified).</summary>
    public HashSet<string> UnclassifiedItems { get; } = [];

    public Task<UnclassifiedPart> UnclassifiedAsync(BudgetLineKey key, DateOnly on, CancellationToken ct) =>
        Task.FromResult(UnclassifiedItems.Contains(key.BudgetItem) ? UnclassifiedPart.BudgetItem : UnclassifiedPart.None);

    public Task<long> NextRequestIdAsync(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref _nextRequest));

    private readonly ConcurrentDictionary<Guid, ApprovalRequest> _approvals = new();

    /// <summary>A copy, as a database read gives: a stale copy must not see later changes.</summary>
    public Task<SpendingRequest?> FindRequestAsync(long id, CancellationToken ct) =>
        Task.FromResult(_requests.TryGetValue(id, out var r) ? Copy(r) : null);

    public Task<BudgetLineKey?> FindRequestLineAsync(long id, CancellationToken ct) =>
        Task.FromResult(_requests.TryGetValue(id, out var r) ? r.Key : null);

    public Task<IReadOnlyList<SpendingRequest>> RequestsAsync(string? unit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SpendingRequest>>(_requests.Values.Where(r => unit is null || r.Key.Unit == unit).Select(Copy).ToList());

    public Task<IReadOnlyList<SpendingRequest>> RequestsOfPlanAsync(long planId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SpendingRequest>>(_requests.Values.Where(r => r.PlanId == planId).Select(Copy).ToList());

    public Task<IReadOnlyList<SpendingRequest>> RequestsOfLineAsync(BudgetLineKey key, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SpendingRequest>>(_requests.Values.Where(r => r.Key == key).Select(Copy).ToList());

    /// <summary>Refuses a copy older than what is stored, like the database store's version check.</summary>
    public Task<Result> SaveRequestAsync(SpendingRequest request, CancellationToken ct)
    {
        lock (_requests)
        {
            var stored = _requests.TryGetValue(request.Id, out var r) ? r.History.Count : 0;
            if (stored != request.StoredEvents)
            {
                return Task.FromResult(Result.Failure(SpendingErrors.Error(SpendingErrors.ConcurrentChange, "Đề nghị chi vừa được người khác thay đổi.")));
            }

            request.MarkStored();
            _requests[request.Id] = Copy(request);
            return Task.FromResult(Result.Success());
        }
    }

    public Task<ApprovalRequest?> FindApprovalAsync(Guid id, CancellationToken ct) =>
        Task.FromResult(_approvals.TryGetValue(id, out var a) ? Copy(a) : null);

    public Task<Result> SaveApprovalAsync(ApprovalRequest approval, CancellationToken ct)
    {
        lock (_approvals)
        {
            var stored = _approvals.TryGetValue(approval.Id, out var a) ? a.Events.Count : 0;
            if (stored != approval.StoredEvents)
            {
                return Task.FromResult(Result.Failure(new DomainError(AuthorityErrors.ConcurrentChange, "Hồ sơ duyệt vừa được người khác thay đổi.")));
            }

            _approvals[approval.Id] = Copy(approval);
            approval.MarkStored();
            return Task.FromResult(Result.Success());
        }
    }

    private static SpendingRequest Copy(SpendingRequest r) => SpendingRequest.Restore(r.Id, r.Key, r.Amount, r.Purpose, r.Payee, r.Nature,
        r.ContractSignedOn, r.PlanId, r.PlanMonth, r.Status, r.VoucherNo, r.SettledAmount, r.History, r.ApprovalId);

    private static ApprovalRequest Copy(ApprovalRequest a) =>
        ApprovalRequest.Restore(a.Id, a.DocumentKind, a.DocumentReference, a.ProposingUnit, a.Maker, a.Question, a.Decision, a.Events);

    public Task<long> NextPlanIdAsync(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref _nextPlan));

    public Task<RecurringPlan?> FindPlanAsync(long id, CancellationToken ct) => Task.FromResult(_plans.GetValueOrDefault(id));

    public Task<IReadOnlyList<RecurringPlan>> PlansAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<RecurringPlan>>(_plans.Values.ToList());

    public Task<Result> SavePlanAsync(RecurringPlan plan, CancellationToken ct)
    {
        _plans[plan.Id] = plan;
        plan.MarkStored();
        return Task.FromResult(Result.Success());
    }

    public Task<IReadOnlyList<EstimateBalance>> BooksAsync(BudgetLineKey key, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EstimateBalance>>(books.Books.ToList());

    public Task<long?> FindRequestByVoucherAsync(string voucherNo, CancellationToken ct) =>
        Task.FromResult(_requests.Values.FirstOrDefault(r => r.History.Any(e => e.VoucherNo == voucherNo))?.Id);

    /// <summary>A line as the database store loads it: its decisions and commitments, and what the books say of it.</summary>
    private BudgetLine Copy(BudgetLine l) =>
        BudgetLine.Restore(l.Key, l.ControlMode, l.Movements, l.Commitments, attribution.FiguresFor(l.Key, books.Books));
}

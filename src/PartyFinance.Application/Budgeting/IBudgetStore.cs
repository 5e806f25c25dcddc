using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// Persistence seam of budgets and spending (implemented with EF Core in Infrastructure).
/// Reads are unlocked snapshots, good for advisory checks, status and lists. Every change that
/// touches a budget line runs inside <see cref="InLockedLinesAsync{T}"/>, the enforced check:
/// <list type="number">
/// <item>begin a transaction; lock the rows of <c>keys</c> in a fixed (sorted) order so two callers
///   cannot deadlock — PostgreSQL <c>SELECT … FOR UPDATE</c>, SQL Server <c>WITH (UPDLOCK, HOLDLOCK)</c>, SQLite <c>BEGIN IMMEDIATE</c>;</item>
/// <item>load those lines (absent keys are null; <see cref="LockedLines.Add"/> creates them);</item>
/// <item>run <c>work</c>; everything it saves through this store or posts through
///   <see cref="IVoucherPoster"/> joins the same transaction (same scoped DbContext/connection);</item>
/// <item>if <c>work</c> returns success, persist the loaded and added lines and commit; if it returns
///   a failure or throws, roll back so nothing of it remains.</item>
/// </list>
/// Work re-reads the request it changes inside the lock, so no interleaving of concurrent approvals
/// can overspend. Plan occurrences need a unique (plan_id, month) constraint so two runs never duplicate.
/// </summary>
public interface IBudgetStore
{
    Task<Result<T>> InLockedLinesAsync<T>(IReadOnlyCollection<BudgetLineKey> keys, Func<LockedLines, Task<Result<T>>> work, CancellationToken ct);

    Task<BudgetLine?> FindLineAsync(BudgetLineKey key, CancellationToken ct);

    /// <summary>The estimate_balances rows that can belong to the line (its dimensions, its year and the next).</summary>
    Task<IReadOnlyList<Domain.Posting.EstimateBalance>> BooksAsync(BudgetLineKey key, CancellationToken ct);

    Task<IReadOnlyList<BudgetLine>> LinesAsync(string unit, int year, CancellationToken ct);

    Task<ControlModeSetting?> FindControlModeAsync(string fundSource, int year, CancellationToken ct);

    Task SaveControlModeAsync(ControlModeSetting setting, CancellationToken ct);

    Task<long> NextRequestIdAsync(CancellationToken ct);

    /// <summary>Whether the unit register (`unit import`) knows this unit code.</summary>
    Task<bool> UnitExistsAsync(string unit, CancellationToken ct);

    /// <summary>The last day of the unit's life (merged away, dissolved), or null while it exists.</summary>
    Task<DateOnly?> UnitEndAsync(string unit, CancellationToken ct);

    /// <summary>The first part of the key (fund source, Loại–Khoản, Mục/Tiểu mục) not valid on the date, or None.</summary>
    Task<UnclassifiedPart> UnclassifiedAsync(BudgetLineKey key, DateOnly on, CancellationToken ct);

    Task<SpendingRequest?> FindRequestAsync(long id, CancellationToken ct);

    /// <summary>The budget line a stored request is on (null: no such request), without reading its history.</summary>
    Task<BudgetLineKey?> FindRequestLineAsync(long id, CancellationToken ct);

    Task<IReadOnlyList<SpendingRequest>> RequestsAsync(string? unit, CancellationToken ct);

    Task<IReadOnlyList<SpendingRequest>> RequestsOfPlanAsync(long planId, CancellationToken ct);

    Task<IReadOnlyList<SpendingRequest>> RequestsOfLineAsync(BudgetLineKey key, CancellationToken ct);

    /// <summary>The request one of whose history events posted voucher <paramref name="voucherNo"/>, if any.</summary>
    Task<long?> FindRequestByVoucherAsync(string voucherNo, CancellationToken ct);

    /// <summary>
    /// Inserts or updates the request with the history appended since it was read. A copy read
    /// before another change was saved is refused (<see cref="SpendingErrors.ConcurrentChange"/>):
    /// history numbers come from the copy's version and are unique per request in the database.
    /// </summary>
    Task<Result> SaveRequestAsync(SpendingRequest request, CancellationToken ct);

    /// <summary>The approval request that carries a spending request's signatures.</summary>
    Task<ApprovalRequest?> FindApprovalAsync(Guid id, CancellationToken ct);

    /// <summary>Appends the approval request's new events (in the open unit of work), refusing a stale copy like <see cref="SaveRequestAsync"/>.</summary>
    Task<Result> SaveApprovalAsync(ApprovalRequest approval, CancellationToken ct);

    Task<long> NextPlanIdAsync(CancellationToken ct);

    Task<RecurringPlan?> FindPlanAsync(long id, CancellationToken ct);

    Task<IReadOnlyList<RecurringPlan>> PlansAsync(CancellationToken ct);

    /// <summary>
    /// Inserts the plan or updates it with the versions added since it was read. A copy whose
    /// <see cref="RecurringPlan.StoredStatus"/> is no longer the stored status (someone submitted,
    /// approved or rejected it meanwhile) is refused (<see cref="SpendingErrors.ConcurrentChange"/>).
    /// </summary>
    Task<Result> SavePlanAsync(RecurringPlan plan, CancellationToken ct);
}

using PartyFinance.Application.Authority;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `budget import` as a dry run: <see cref="ImportEstimates"/> itself — the parse, the permission, the lines already allocated, the
/// control modes and the allocation vouchers — with its locked-lines unit of work always rolled back (<see cref="DryRun"/>), so the
/// whole error list or the number of lines it would allocate is known before anything is stored.
/// </summary>
public sealed class CheckEstimateImport(IBudgetStore store, BudgetReference reference, IVoucherPoster ledger, AccessGuard access)
{
    public Task<Result<int>> RunAsync(TextReader csv, string by, CancellationToken ct) =>
        new ImportEstimates(new RolledBackBudget(store), reference, ledger, access, by).RunAsync(csv, ct);

    private sealed class RolledBackBudget(IBudgetStore inner) : IBudgetStore
    {
        public Task<Result<T>> InLockedLinesAsync<T>(IReadOnlyCollection<BudgetLineKey> keys, Func<LockedLines, Task<Result<T>>> work, CancellationToken ct) =>
            DryRun.RollBackAsync<LockedLines, T>(w => inner.InLockedLinesAsync(keys, w, ct), work);

        public Task<BudgetLine?> FindLineAsync(BudgetLineKey key, CancellationToken ct) => inner.FindLineAsync(key, ct);

        public Task<IReadOnlyList<Domain.Posting.EstimateBalance>> BooksAsync(BudgetLineKey key, CancellationToken ct) => inner.BooksAsync(key, ct);

        public Task<IReadOnlyList<BudgetLine>> LinesAsync(string unit, int year, CancellationToken ct) => inner.LinesAsync(unit, year, ct);

        public Task<ControlModeSetting?> FindControlModeAsync(string fundSource, int year, CancellationToken ct) => inner.FindControlModeAsync(fundSource, year, ct);

        public Task SaveControlModeAsync(ControlModeSetting setting, CancellationToken ct) => inner.SaveControlModeAsync(setting, ct);

        public Task<long> NextRequestIdAsync(CancellationToken ct) => inner.NextRequestIdAsync(ct);

        public Task<bool> UnitExistsAsync(string unit, CancellationToken ct) => inner.UnitExistsAsync(unit, ct);

        public Task<DateOnly?> UnitEndAsync(string unit, CancellationToken ct) => inner.UnitEndAsync(unit, ct);

        public Task<UnclassifiedPart> UnclassifiedAsync(BudgetLineKey key, DateOnly on, CancellationToken ct) => inner.UnclassifiedAsync(key, on, ct);

        public Task<SpendingRequest?> FindRequestAsync(long id, CancellationToken ct) => inner.FindRequestAsync(id, ct);

        public Task<BudgetLineKey?> FindRequestLineAsync(long id, CancellationToken ct) => inner.FindRequestLineAsync(id, ct);

        public Task<IReadOnlyList<SpendingRequest>> RequestsAsync(string? unit, CancellationToken ct) => inner.RequestsAsync(unit, ct);

        public Task<IReadOnlyList<SpendingRequest>> RequestsOfPlanAsync(long planId, CancellationToken ct) => inner.RequestsOfPlanAsync(planId, ct);

        public Task<IReadOnlyList<SpendingRequest>> RequestsOfLineAsync(BudgetLineKey key, CancellationToken ct) => inner.RequestsOfLineAsync(key, ct);

        public Task<long?> FindRequestByVoucherAsync(string voucherNo, CancellationToken ct) => inner.FindRequestByVoucherAsync(voucherNo, ct);

        public Task<Result> SaveRequestAsync(SpendingRequest request, CancellationToken ct) => inner.SaveRequestAsync(request, ct);

        public Task<ApprovalRequest?> FindApprovalAsync(Guid id, CancellationToken ct) => inner.FindApprovalAsync(id, ct);

        public Task<Result> SaveApprovalAsync(ApprovalRequest approval, CancellationToken ct) => inner.SaveApprovalAsync(approval, ct);

        public Task<long> NextPlanIdAsync(CancellationToken ct) => inner.NextPlanIdAsync(ct);

        public Task<RecurringPlan?> FindPlanAsync(long id, CancellationToken ct) => inner.FindPlanAsync(id, ct);

        public Task<IReadOnlyList<RecurringPlan>> PlansAsync(CancellationToken ct) => inner.PlansAsync(ct);

        public Task<Result> SavePlanAsync(RecurringPlan plan, CancellationToken ct) => inner.SavePlanAsync(plan, ct);
    }
}

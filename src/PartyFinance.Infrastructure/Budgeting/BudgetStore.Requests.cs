using Microsoft.EntityFrameworkCore;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Infrastructure.Budgeting.Records;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Infrastructure.Persistence.Audit;

namespace PartyFinance.Infrastructure.Budgeting;

/// <summary>Spending requests (current state + append-only events) and recurring plans (+ append-only versions).</summary>
public sealed partial class BudgetStore
{
    public Task<SpendingRequest?> FindRequestAsync(long id, CancellationToken ct) => WithDbAsync(async db =>
        await SpendingQueries.Request.For(db)(db, id, ct) is { } record ? BudgetMapping.ToDomain(record, await SpendingQueries.EventsAsync(db, id, ct)) : null);

    public Task<BudgetLineKey?> FindRequestLineAsync(long id, CancellationToken ct) => WithDbAsync(async db =>
        await SpendingQueries.Request.For(db)(db, id, ct) is { } record ? BudgetMapping.Key(record) : null);

    public Task<IReadOnlyList<SpendingRequest>> RequestsAsync(string? unit, CancellationToken ct) =>
        WithDbAsync(db => RequestsWhereAsync(db, unit is null ? db.SpendingRequests : db.SpendingRequests.Where(r => r.UnitCode == unit), ct));

    public Task<IReadOnlyList<SpendingRequest>> RequestsOfPlanAsync(long planId, CancellationToken ct) =>
        WithDbAsync(db => RequestsWhereAsync(db, db.SpendingRequests.Where(r => r.PlanId == planId), ct));

    public Task<IReadOnlyList<SpendingRequest>> RequestsOfLineAsync(BudgetLineKey key, CancellationToken ct)
    {
        return WithDbAsync(db => RequestsWhereAsync(db, db.SpendingRequests.Where(r => r.UnitCode == key.Unit && r.Year == key.Year
            && r.FundSource == key.FundSource && r.Autonomy == key.Autonomy && r.Sector == key.Sector && r.BudgetItem == key.BudgetItem
            && r.CarriedOver == key.CarriedOver), ct));
    }

    public Task<long?> FindRequestByVoucherAsync(string voucherNo, CancellationToken ct) => WithDbAsync(async db =>
        await db.SpendingEvents.Where(e => e.VoucherNo == voucherNo).Select(e => (long?)e.RequestId).FirstOrDefaultAsync(ct));

    /// <summary>
    /// Writes the request and appends the history entries added since it was read, numbered from
    /// the copy's own version. A stale copy is refused: the store already holds more entries, or a
    /// concurrent writer took the same (request_id, seq) first. Nothing of a refused save remains.
    /// </summary>
    public Task<Result> SaveRequestAsync(SpendingRequest request, CancellationToken ct) => WithDbAsync(async db =>
    {
        var stored = await SpendingQueries.LastEvent.For(db)(db, request.Id, ct) ?? 0;
        if (stored != request.StoredEvents)
        {
            return Result.Failure(ConcurrentChange(request.Id));
        }

        var record = BudgetMapping.ToRecord(request);
        if (request.StoredEvents > 0)
        {
            db.SpendingRequests.Update(record);
        }
        else
        {
            db.SpendingRequests.Add(record);
        }

        for (var i = request.StoredEvents; i < request.History.Count; i++)
        {
            db.SpendingEvents.Add(BudgetMapping.ToRecord(request.Id, i + 1, request.History[i]));
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return Result.Failure(ConcurrentChange(request.Id));
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        request.MarkStored();
        return Result.Success();
    });

    /// <summary>Appends the approval request's new signatures in the open unit of work (or its own transaction).</summary>
    public Task<Result> SaveApprovalAsync(ApprovalRequest approval, CancellationToken ct) => WithDbAsync(async db =>
    {
        Result saved;
        try
        {
            saved = await Authority.AuthorityStore.AppendRequestAsync(db, approval, ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return Result.Failure(Authority.AuthorityStore.ConcurrentChange(approval));
        }

        if (saved.IsSuccess)
        {
            approval.MarkStored();
        }

        return saved;
    });

    public Task<ApprovalRequest?> FindApprovalAsync(Guid id, CancellationToken ct) => WithDbAsync(async db =>
    {
        var header = await Authority.AuthorityQueries.Approval.For(db)(db, id, ct);
        return header is null ? null
            : Authority.ApprovalMapping.ToDomain(header, await Authority.AuthorityQueries.ApprovalEventsAsync(db, id, ct));
    });

    private static DomainError ConcurrentChange(long id) => SpendingErrors.Error(SpendingErrors.ConcurrentChange,
        $"Đề nghị chi số {id.ToString(System.Globalization.CultureInfo.InvariantCulture)} vừa được người khác thay đổi trong lúc bạn thao tác; không có gì được ghi. Hãy xem lại (spend list) rồi thử lại.");

    public Task<RecurringPlan?> FindPlanAsync(long id, CancellationToken ct) => WithDbAsync(async db =>
        (await PlansWhereAsync(db, db.RecurringPlans.Where(p => p.Id == id), ct)).SingleOrDefault());

    public Task<IReadOnlyList<RecurringPlan>> PlansAsync(CancellationToken ct) => WithDbAsync(db => PlansWhereAsync(db, db.RecurringPlans, ct));

    public Task<Result> SavePlanAsync(RecurringPlan plan, CancellationToken ct) => WithDbAsync(async db =>
    {
        var stored = await db.PlanVersions.CountAsync(v => v.PlanId == plan.Id, ct);
        var record = BudgetMapping.ToRecord(plan);
        if (plan.StoredStatus is { } was)
        {
            // Moves the row only from the status this copy read; on PostgreSQL a concurrent writer's row lock is waited for and the
            // condition re-checked, so of two copies moved at once the second finds nothing to move.
            if (await db.AuditedAsync(db.RecurringPlans.Where(p => p.Id == plan.Id && p.Status == was), q => q.ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, plan.Status), ct), ct) == 0)
            {
                return Result.Failure(SpendingErrors.Error(SpendingErrors.ConcurrentChange,
                    $"Kế hoạch chi định kỳ số {plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)} vừa được người khác thay đổi trong lúc bạn thao tác; không có gì được ghi. Hãy xem lại (spend plan list) rồi thử lại."));
            }

            db.RecurringPlans.Update(record);
        }
        else
        {
            db.RecurringPlans.Add(record);
        }

        for (var i = stored; i < plan.Versions.Count; i++)
        {
            db.PlanVersions.Add(BudgetMapping.ToRecord(plan.Id, i + 1, plan.Versions[i]));
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        plan.MarkStored();
        return Result.Success();
    });

    private static async Task<IReadOnlyList<SpendingRequest>> RequestsWhereAsync(PartyFinanceDbContext db, IQueryable<SpendingRequestRecord> query, CancellationToken ct)
    {
        var records = await query.OrderBy(r => r.Id).ToListAsync(ct);
        var events = (await (from e in db.SpendingEvents join r in query on e.RequestId equals r.Id select e).ToListAsync(ct)).ToLookup(e => e.RequestId);
        return records.Select(r => BudgetMapping.ToDomain(r, events[r.Id])).ToList();
    }

    private static async Task<IReadOnlyList<RecurringPlan>> PlansWhereAsync(PartyFinanceDbContext db, IQueryable<RecurringPlanRecord> query, CancellationToken ct)
    {
        var records = await query.OrderBy(p => p.Id).ToListAsync(ct);
        var versions = (await (from v in db.PlanVersions join p in query on v.PlanId equals p.Id select v).ToListAsync(ct)).ToLookup(v => v.PlanId);
        return records.Select(p => BudgetMapping.ToDomain(p, versions[p.Id])).ToList();
    }
}

using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend run-recurring --through yyyy-MM`: for every approved plan, creates the due occurrences not
/// yet created (idempotent, catches up missed months), then gives each waiting occurrence its
/// commitment when its line has room — the enforced check, under the line lock. Occurrences without
/// room stay visible as awaiting-budget and are retried on the next run. `--through` reaches at most
/// December of next year (today's budget year and the one being prepared): a mistyped 9999-12 would
/// otherwise create tens of thousands of requests.
/// </summary>
public sealed class RunRecurring(IBudgetStore store, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringRun>> RunAsync(YearMonth through, string by, CancellationToken ct)
    {
        var allowed = await access.CheckAsync(by, Permission.SpendRunRecurring, (string?)null, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<RecurringRun>(allowed.Errors);
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var last = new YearMonth(today.Year + 1, 12);
        if (through > last)
        {
            return new DomainError(SpendingErrors.ThroughTooFar, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Chỉ tạo được các kỳ chi đến tháng {last.Month:00}/{last.Year} (năm ngân sách hiện tại và năm sau); {through.Month:00}/{through.Year} quá xa."), "through");
        }

        var created = new List<SpendingRequest>();
        foreach (var plan in (await store.PlansAsync(ct)).Where(p => p.Status == PlanStatus.Approved).OrderBy(p => p.Id))
        {
            var existing = (await store.RequestsOfPlanAsync(plan.Id, ct)).Select(r => r.PlanMonth).OfType<YearMonth>().ToHashSet();
            foreach (var occurrence in plan.Occurrences(through, existing))
            {
                var request = SpendingRequest.FromPlan(await store.NextRequestIdAsync(ct), plan, occurrence.Month, occurrence.Amount, time.GetUtcNow());
                if ((await store.SaveRequestAsync(request, ct)).IsSuccess)
                {
                    created.Add(request);
                }
            }
        }

        var waiting = (await store.RequestsAsync(null, ct)).Where(r => r.Status == SpendingStatus.AwaitingBudget).OrderBy(r => r.Id).ToList();
        var approved = new List<long>();
        foreach (var r in waiting)
        {
            var outcome = await store.InLockedLinesAsync([r.Key], async locked =>
            {
                var request = await store.FindRequestAsync(r.Id, ct);
                var line = locked.Find(r.Key);
                if (request is null || line is null)
                {
                    return Result.Failure<long>(BudgetErrors.Error(BudgetErrors.LineNotFound, "Chưa có dòng dự toán."));
                }

                var done = request.ApproveByPlan(line, time.GetUtcNow());
                if (done.IsFailure)
                {
                    return Result.Failure<long>(done.Errors);
                }

                var saved = await store.SaveRequestAsync(request, ct);
                return saved.IsFailure ? Result.Failure<long>(saved.Errors) : Result.Success(request.Id);
            }, ct);
            if (outcome.IsSuccess)
            {
                approved.Add(outcome.Value);
            }
        }

        var byId = (await store.RequestsAsync(null, ct)).ToDictionary(r => r.Id);
        return Result.Success(new RecurringRun(created.Select(c => byId[c.Id]).ToList(), approved, waiting.Select(w => w.Id).Except(approved).ToList()));
    }
}

/// <summary>What a run did: the requests it created (in their current status), those it approved, those still waiting for budget.</summary>
public sealed record RecurringRun(IReadOnlyList<SpendingRequest> Created, IReadOnlyList<long> Approved, IReadOnlyList<long> StillWaiting);

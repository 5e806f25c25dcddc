using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend plan submit &lt;id&gt;`: draft → submitted. The stored rule sets are asked with kind
/// recurring and the plan's largest calendar-year total (<see cref="RecurringPlan.LargestYearlyTotal"/>)
/// on today's date, and the plan's approval chain is opened — unit head → office chief → Standing
/// Board → Standing Committee up to that decider, the plan's creator as maker — in the same
/// transaction as the status change. No rule, no submission.
/// </summary>
public sealed class SubmitRecurringPlan(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<RecurringPlanApproval>> RunAsync(long id, string by, CancellationToken ct)
    {
        var allowed = await access.ForPlanAsync(store, id, by, Permission.SpendRequest, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<RecurringPlanApproval>(allowed.Errors);
        }

        return await store.InLockedLinesAsync<RecurringPlanApproval>([], async _ =>
        {
            if (await store.FindPlanAsync(id, ct) is not { } plan)
            {
                return RecurringPlanWork.NotFound(id);
            }

            var at = time.GetLocalNow();
            var (_, total) = plan.LargestYearlyTotal();
            var approval = await authority.OpenAsync(DocumentKind.RecurringPlan, SpendingAuthority.PlanReference(id), plan.Key.Unit, plan.Versions[0].By,
                total, SpendingKind.Recurring, DateOnly.FromDateTime(at.DateTime), at, ct);
            if (approval.IsFailure)
            {
                return Result.Failure<RecurringPlanApproval>(approval.Errors);
            }

            var submitted = plan.Submit(approval.Value.Id);
            return submitted.IsFailure ? Result.Failure<RecurringPlanApproval>(submitted.Errors) : await RecurringPlanWork.SaveAsync(store, plan, approval.Value, ct);
        }, ct);
    }
}

/// <summary>A plan after a step of its approval and its chain (who decides, under which rule, which step waits).</summary>
public sealed record RecurringPlanApproval(RecurringPlan Plan, ApprovalRequest Approval);

internal static class RecurringPlanWork
{
    public static DomainError NotFound(long id) => SpendingErrors.Error(SpendingErrors.PlanNotFound,
        $"Không tìm thấy kế hoạch chi định kỳ số {id.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", "id");

    /// <summary>
    /// What signing or rejecting a plan's waiting step shares: the permission, the signer as a stored user,
    /// and — under the lock — the plan and its pending chain, handed to <paramref name="sign"/>.
    /// </summary>
    public static async Task<Result<RecurringPlanApproval>> SignAsync(IBudgetStore store, SpendingAuthority authority, AccessGuard access, long id, string by,
        Func<RecurringPlan, ApprovalRequest, User, Task<Result<RecurringPlanApproval>>> sign, CancellationToken ct)
    {
        var allowed = await access.ForPlanAsync(store, id, by, Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<RecurringPlanApproval>(allowed.Errors);
        }

        var user = await authority.UserAsync(by, ct);
        if (user.IsFailure)
        {
            return Result.Failure<RecurringPlanApproval>(user.Errors);
        }

        return await store.InLockedLinesAsync<RecurringPlanApproval>([], async _ =>
        {
            if (await store.FindPlanAsync(id, ct) is not { } plan)
            {
                return NotFound(id);
            }

            var chain = await PendingChainAsync(store, plan, ct);
            return chain.IsFailure ? Result.Failure<RecurringPlanApproval>(chain.Errors) : await sign(plan, chain.Value, user.Value);
        }, ct);
    }

    /// <summary>The plan's chain; refuses a plan that is not waiting for signatures.</summary>
    public static async Task<Result<ApprovalRequest>> PendingChainAsync(IBudgetStore store, RecurringPlan plan, CancellationToken ct)
    {
        var id = plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (plan.Status != PlanStatus.Submitted || plan.ApprovalId is not { } linked)
        {
            return SpendingErrors.Error(SpendingErrors.InvalidTransition, plan.Status switch
            {
                PlanStatus.Draft => $"Kế hoạch chi định kỳ số {id} chưa được trình duyệt: partyfinance spend plan submit {id}.",
                PlanStatus.Approved => $"Kế hoạch chi định kỳ số {id} đã được duyệt.",
                PlanStatus.Rejected => $"Kế hoạch chi định kỳ số {id} đã bị từ chối.",
                _ => $"Kế hoạch chi định kỳ số {id} không chờ duyệt.",
            }, "status");
        }

        return await store.FindApprovalAsync(linked, ct) is { } found
            ? Result.Success(found)
            : throw new InvalidOperationException($"Recurring plan {plan.Id} names approval request {linked}, which is not stored.");
    }

    /// <summary>The plan and its chain in the open unit of work; a stale chain (someone signed meanwhile) rolls both back.</summary>
    public static async Task<Result<RecurringPlanApproval>> SaveAsync(IBudgetStore store, RecurringPlan plan, ApprovalRequest approval, CancellationToken ct)
    {
        var saved = await store.SaveApprovalAsync(approval, ct);
        if (saved.IsFailure)
        {
            return Result.Failure<RecurringPlanApproval>(saved.Errors);
        }

        var savedPlan = await store.SavePlanAsync(plan, ct);
        return savedPlan.IsFailure ? Result.Failure<RecurringPlanApproval>(savedPlan.Errors) : Result.Success(new RecurringPlanApproval(plan, approval));
    }
}

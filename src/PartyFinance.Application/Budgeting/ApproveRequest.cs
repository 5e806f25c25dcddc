using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend approve &lt;id&gt;`: signs the waiting step of the request's approval chain (the same
/// <see cref="ApprovalRequest"/> every document goes through: maker ≠ approver, each step by a
/// different user holding that step's role for the unit, steps in order, a decision number).
/// A step below the decider leaves the request submitted; the decider's signature commits the
/// amount under the line lock (Stop refuses beyond available; Warn needs an override). All of it —
/// the signature, the request and the line — is written in one transaction or not at all.
/// </summary>
public sealed class ApproveRequest(IBudgetStore store, SpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingApproval>> RunAsync(long id, string by, DateOnly date, string? decisionNo,
        BudgetOverride? @override, CancellationToken ct)
    {
        // The request's line is read once: it decides whose permission is checked, and the request must still be on it under the lock.
        var line = await store.FindRequestLineAsync(id, ct);
        var allowed = await access.ForLineAsync(line, by, Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingApproval>(allowed.Errors);
        }

        var user = await authority.UserAsync(by, ct);
        if (user.IsFailure)
        {
            return Result.Failure<SpendingApproval>(user.Errors);
        }

        ApprovalRequest? approval = null;
        BudgetLine? after = null;
        var done = await RequestWork.InLockAsync(store, id, line, async (request, locked) =>
        {
            after = locked;
            if (request.Status != SpendingStatus.Submitted)
            {
                return Result.Failure(SpendingErrors.Transition("approve", request.Status));
            }

            var chain = await ChainAsync(request, date, ct);
            if (chain.IsFailure)
            {
                return chain;
            }

            approval = chain.Value;
            var step = approval.NextStep;
            var signed = approval.Approve(step?.Number ?? 0, user.Value, decisionNo ?? string.Empty, date, time.GetLocalNow());
            if (signed.IsFailure)
            {
                return signed;
            }

            var moved = approval.IsReleased
                ? request.Approve(locked, user.Value.Login, time.GetUtcNow(), decisionNo, @override, SpendingAuthority.Describe(approval.Decision))
                : request.SignStep(user.Value.Login, time.GetUtcNow(), decisionNo,
                    $"Duyệt bước {N(step!.Number)}/{N(approval.Steps.Count)} ({step.Decider.VietnameseName()})");
            return moved.IsFailure ? moved : await store.SaveApprovalAsync(approval, ct);
        }, ct);
        return done.IsFailure ? Result.Failure<SpendingApproval>(done.Errors) : Result.Success(new SpendingApproval(done.Value, approval!, after!));
    }

    /// <summary>The request's approval chain; one submitted before chains existed (schema 3) gets its chain now.</summary>
    private async Task<Result<ApprovalRequest>> ChainAsync(SpendingRequest request, DateOnly date, CancellationToken ct)
    {
        if (request.ApprovalId is { } linked)
        {
            return await store.FindApprovalAsync(linked, ct) is { } found
                ? Result.Success(found)
                : throw new InvalidOperationException($"Spending request {request.Id} names approval request {linked}, which is not stored.");
        }

        var opened = await authority.OpenAsync(request, date, time.GetLocalNow(), ct);
        if (opened.IsSuccess)
        {
            request.LinkApproval(opened.Value.Id);
        }

        return opened;
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The request after the signature, its approval chain (who decides, under which rule, which step waits) and its budget
/// line as committed with it (the line's state when the transaction ended).
/// </summary>
public sealed record SpendingApproval(SpendingRequest Request, ApprovalRequest Approval, BudgetLine Line);

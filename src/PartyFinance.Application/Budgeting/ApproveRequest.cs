using PartyFinance.Application.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Budgeting;

/// <summary>
/// `spend approve &lt;id&gt;`: the authority engine names the decider for the amount; the acting
/// user must be able to act for it. Then, under the line lock, the enforced budget check commits
/// the amount (Stop refuses beyond available; Warn needs an override, kept on the commitment).
/// </summary>
public sealed class ApproveRequest(IBudgetStore store, ISpendingAuthority authority, AccessGuard access, TimeProvider time)
{
    public async Task<Result<SpendingRequest>> RunAsync(long id, string by, DateOnly date, string? decisionNo,
        BudgetOverride? @override, CancellationToken ct)
    {
        var allowed = await access.ForRequestAsync(store, id, by, Domain.Authority.Permission.SpendDecide, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<SpendingRequest>(allowed.Errors);
        }

        var request = await store.FindRequestAsync(id, ct);
        if (request is null)
        {
            return RequestWork.NotFound(id);
        }

        if (request.Status != SpendingStatus.Submitted)
        {
            return SpendingErrors.Transition("approve", request.Status);
        }

        var decider = await authority.RequiredDeciderAsync(new AuthorityQuestion(request.Key.Unit, request.Amount, SpendingKind.OneOff, date), ct);
        if (decider.IsFailure)
        {
            return Result.Failure<SpendingRequest>(decider.Errors);
        }

        if (!await authority.MayActForAsync(by, decider.Value, request.Key.Unit, date, ct))
        {
            return SpendingErrors.Error(SpendingErrors.ApproverNotAuthorised,
                $"Người dùng '{by}' không có thẩm quyền duyệt khoản chi này (cần: {decider.Value}).", "by");
        }

        return await RequestWork.InLockAsync(store, id,
            (r, line) => Task.FromResult(r.Approve(line, by, time.GetUtcNow(), decisionNo, @override, decider.Value)), ct);
    }
}

using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>The approver's signature on one step, with the decision number and date they enter.</summary>
public sealed record ApproveStepRequest(Guid RequestId, int Step, string ApproverLogin, string DecisionNo, DateOnly DecisionDate);

/// <summary>Signs one step; the request is released only when the final step is signed.</summary>
public sealed class ApproveStep(IAuthorityStore store, AccessGuard access, TimeProvider clock, IEnumerable<IDocumentDecisions> documents)
{
    public async Task<Result<ApprovalRequest>> ExecuteAsync(ApproveStepRequest request, CancellationToken cancellationToken)
    {
        var found = await ApprovalLookup.FindAsync(store, request.RequestId, request.ApproverLogin, cancellationToken);
        if (found.IsFailure)
        {
            return Result.Failure<ApprovalRequest>(found.Errors);
        }

        var (approval, user) = found.Value;
        var allowed = await access.CheckAsync(user.Login, Permission.ApprovalDecide, approval.ProposingUnit, cancellationToken);
        if (allowed.IsFailure)
        {
            return Result.Failure<ApprovalRequest>(allowed.Errors);
        }

        if (ApprovalLookup.BelongsToSpending(approval) is { } spending)
        {
            return spending;
        }

        if (documents.FirstOrDefault(d => d.Handles(approval)) is { } document)
        {
            return await document.ApproveAsync(approval.Id, request.Step, user, request.DecisionNo, request.DecisionDate, cancellationToken);
        }

        var approved = approval.Approve(request.Step, user, request.DecisionNo, request.DecisionDate, clock.GetLocalNow());
        if (approved.IsFailure)
        {
            return Result.Failure<ApprovalRequest>(approved.Errors);
        }

        var saved = await store.SaveRequestAsync(approval, cancellationToken);
        return saved.IsFailure ? Result.Failure<ApprovalRequest>(saved.Errors) : Result.Success(approval);
    }
}

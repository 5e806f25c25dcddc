using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

public sealed record RejectRequestRequest(Guid RequestId, string ApproverLogin, string Reason);

/// <summary>Rejects at the current step; a reason is required and the request ends.</summary>
public sealed class RejectRequest(IAuthorityStore store, AccessGuard access, TimeProvider clock, IEnumerable<IDocumentDecisions> documents)
{
    public async Task<Result<ApprovalRequest>> ExecuteAsync(RejectRequestRequest request, CancellationToken cancellationToken)
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
            return await document.RejectAsync(approval.Id, user, request.Reason, cancellationToken);
        }

        var rejected = approval.Reject(user, request.Reason, clock.GetLocalNow());
        if (rejected.IsFailure)
        {
            return Result.Failure<ApprovalRequest>(rejected.Errors);
        }

        var saved = await store.SaveRequestAsync(approval, cancellationToken);
        return saved.IsFailure ? Result.Failure<ApprovalRequest>(saved.Errors) : Result.Success(approval);
    }
}

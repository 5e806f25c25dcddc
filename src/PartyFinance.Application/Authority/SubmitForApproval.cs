using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>A document to route for approval; Question carries the unit kind, value and decision date.</summary>
public sealed record SubmitForApprovalRequest(DocumentKind DocumentKind, string DocumentReference, string ProposingUnit, string Maker, AuthorityQuestion Question);

/// <summary>Computes the required decider from the stored rule sets and opens the approval chain.</summary>
public sealed class SubmitForApproval(IAuthorityStore store, AccessGuard access, TimeProvider clock)
{
    public async Task<Result<ApprovalRequest>> ExecuteAsync(SubmitForApprovalRequest request, CancellationToken cancellationToken)
    {
        var allowed = await access.CheckAsync(request.Maker, Permission.ApprovalSubmit, request.ProposingUnit, cancellationToken);
        if (allowed.IsFailure)
        {
            return Result.Failure<ApprovalRequest>(allowed.Errors);
        }

        var catalogue = await store.LoadRuleSetsAsync(cancellationToken);
        var submitted = ApprovalRequest.Submit(
            Guid.NewGuid(), request.DocumentKind, request.DocumentReference, request.ProposingUnit, request.Maker, request.Question, catalogue, clock.GetLocalNow());
        if (submitted.IsFailure)
        {
            return submitted;
        }

        var saved = await store.SaveRequestAsync(submitted.Value, cancellationToken);
        return saved.IsFailure ? Result.Failure<ApprovalRequest>(saved.Errors) : submitted;
    }
}

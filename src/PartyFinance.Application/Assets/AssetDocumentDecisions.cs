using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Assets;

/// <summary>
/// The asset documents' side of `approval approve|reject` (actions, stocktake results, purchases): a signature and
/// what it releases happen in one unit of work — the step is signed and, when it is the final one, the document is
/// carried out; a rejection ends the document and posts nothing. Each document kind says how it is found, carried out
/// and marked rejected.
/// </summary>
public abstract class AssetDocumentDecisions<TDocument>(IAssetStore store, AssetReference reference, TimeProvider clock) : IDocumentDecisions
    where TDocument : class
{
    protected TimeProvider Clock => clock;

    public abstract bool Handles(ApprovalRequest approval);

    /// <summary>The approval and its pending document, or why neither may be signed.</summary>
    protected abstract Task<(ApprovalRequest?, TDocument?, DomainError?)> LoadAsync(IAssetWork work, Guid approvalId, CancellationToken ct);

    /// <summary>What the final signature releases: vouchers, cards, the document's status.</summary>
    protected abstract Task<Result> CarryOutAsync(IAssetWork work, TDocument document, ApprovalRequest approval, string by, AssetCatalogue catalogue, CancellationToken ct);

    protected abstract Task SaveRejectedAsync(IAssetWork work, TDocument document, string by, DateTimeOffset at, CancellationToken ct);

    public async Task<Result<ApprovalRequest>> ApproveAsync(Guid approvalId, int step, User approver, string decisionNo, DateOnly decisionDate, CancellationToken ct)
    {
        var catalogue = reference.With(await store.ClassesAsync(ct));
        return await store.InWorkAsync(async work =>
        {
            var (approval, document, failure) = await LoadAsync(work, approvalId, ct);
            if (failure is not null)
            {
                return Result.Failure<ApprovalRequest>(failure);
            }

            var signed = approval!.Approve(step, approver, decisionNo, decisionDate, clock.GetLocalNow());
            if (signed.IsFailure)
            {
                return Result.Failure<ApprovalRequest>(signed.Errors);
            }

            if (approval.IsReleased)
            {
                var done = await CarryOutAsync(work, document!, approval, approver.Login, catalogue, ct);
                if (done.IsFailure)
                {
                    return Result.Failure<ApprovalRequest>(done.Errors);
                }
            }

            var saved = await work.SaveApprovalAsync(approval, ct);
            return saved.IsFailure ? Result.Failure<ApprovalRequest>(saved.Errors) : Result.Success(approval);
        }, ct);
    }

    public Task<Result<ApprovalRequest>> RejectAsync(Guid approvalId, User approver, string reason, CancellationToken ct) =>
        store.InWorkAsync(async work =>
        {
            var (approval, document, failure) = await LoadAsync(work, approvalId, ct);
            if (failure is not null)
            {
                return Result.Failure<ApprovalRequest>(failure);
            }

            var rejected = approval!.Reject(approver, reason, clock.GetLocalNow());
            if (rejected.IsFailure)
            {
                return Result.Failure<ApprovalRequest>(rejected.Errors);
            }

            var saved = await work.SaveApprovalAsync(approval, ct);
            if (saved.IsFailure)
            {
                return Result.Failure<ApprovalRequest>(saved.Errors);
            }

            await SaveRejectedAsync(work, document!, approver.Login, clock.GetUtcNow(), ct);
            return Result.Success(approval);
        }, ct);
}

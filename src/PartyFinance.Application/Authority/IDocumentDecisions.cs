using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>
/// A kind of document whose approval chain changes the document itself when it is released or
/// rejected (an asset action posts its vouchers on the final signature). `approval approve|reject`
/// hands such a chain to its document, which signs and carries out in one transaction.
/// </summary>
public interface IDocumentDecisions
{
    bool Handles(ApprovalRequest approval);

    Task<Result<ApprovalRequest>> ApproveAsync(Guid approvalId, int step, User approver, string decisionNo, DateOnly decisionDate, CancellationToken ct);

    Task<Result<ApprovalRequest>> RejectAsync(Guid approvalId, User approver, string reason, CancellationToken ct);
}

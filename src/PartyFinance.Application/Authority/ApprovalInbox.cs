using PartyFinance.Domain.Authority;

namespace PartyFinance.Application.Authority;

/// <summary>
/// `approval list [--pending] [--for USER]`: with a user, the inbox — pending requests whose waiting step
/// that user may sign now (role, scope, date, not the maker, not already a signer of the request).
/// </summary>
public static class ApprovalInbox
{
    public static IReadOnlyList<(long Number, ApprovalRequest Request)> Filter(
        IEnumerable<(long Number, ApprovalRequest Request)> requests, bool pendingOnly, User? signer, DateTimeOffset now) =>
        requests.Where(r => !pendingOnly || r.Request.Status == ApprovalStatus.Pending)
            .Where(r => signer is null || r.Request.MaySign(signer, now))
            .ToList();
}

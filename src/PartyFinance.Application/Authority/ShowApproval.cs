using System.Globalization;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>`approval show ID`: the request with its chain and append-only history, or a refusal for an unknown id.</summary>
public sealed class ShowApproval(IAuthorityStore store)
{
    public async Task<Result<ApprovalRequest>> ExecuteAsync(Guid requestId, CancellationToken ct) =>
        await store.FindRequestAsync(requestId, ct) is { } found
            ? Result.Success(found)
            : new DomainError(AuthorityErrors.UnknownRequest, $"Không tìm thấy hồ sơ duyệt {requestId.ToString("D", CultureInfo.InvariantCulture)}.", "id");
}

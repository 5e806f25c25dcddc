using System.Globalization;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Authority;

/// <summary>Loads the request and the acting user, refusing unknown ids and logins.</summary>
internal static class ApprovalLookup
{
    public static async Task<Result<(ApprovalRequest Request, User User)>> FindAsync(
        IAuthorityStore store, Guid requestId, string login, CancellationToken cancellationToken)
    {
        var request = await store.FindRequestAsync(requestId, cancellationToken);
        if (request is null)
        {
            return new DomainError(AuthorityErrors.UnknownRequest, $"Không tìm thấy hồ sơ duyệt {requestId.ToString("D", CultureInfo.InvariantCulture)}.");
        }

        var user = await store.FindUserAsync(login.Trim(), cancellationToken);
        if (user is null)
        {
            return new DomainError(AuthorityErrors.UnknownUser, $"Không có người dùng '{login}'.", "login");
        }

        return Result.Success((request, user));
    }
}

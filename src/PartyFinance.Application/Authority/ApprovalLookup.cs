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

    /// <summary>
    /// A spending request's chain is signed with `spend approve`/`spend reject`, which commit or
    /// release the budget in the same transaction; signing it here would skip the budget.
    /// </summary>
    public static DomainError? BelongsToSpending(ApprovalRequest approval) =>
        approval.DocumentKind == DocumentKind.SpendingRequest && approval.DocumentReference.StartsWith(SpendingReferencePrefix, StringComparison.Ordinal)
            ? new DomainError(AuthorityErrors.SignWithSpendCommand,
                $"Hồ sơ duyệt này thuộc đề nghị chi {approval.DocumentReference[SpendingReferencePrefix.Length..]}: duyệt hoặc từ chối bằng 'partyfinance spend approve|reject {approval.DocumentReference[SpendingReferencePrefix.Length..]}' để dự toán được kiểm soát cùng lúc.")
            : null;

    /// <summary>The document reference of a spending request's chain: "SPEND-&lt;id&gt;".</summary>
    public const string SpendingReferencePrefix = "SPEND-";
}

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
    /// release the budget in the same transaction; a recurring plan's with `spend plan
    /// approve`/`reject`, which move the plan with it. Signing either here would skip that.
    /// </summary>
    public static DomainError? BelongsToSpending(ApprovalRequest approval)
    {
        var (prefix, command, what) = approval.DocumentKind switch
        {
            DocumentKind.SpendingRequest => (SpendingReferencePrefix, "spend", "đề nghị chi"),
            DocumentKind.RecurringPlan => (PlanReferencePrefix, "spend plan", "kế hoạch chi định kỳ"),
            _ => (null, null, null),
        };
        if (prefix is null || !approval.DocumentReference.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var id = approval.DocumentReference[prefix.Length..];
        return new DomainError(AuthorityErrors.SignWithSpendCommand,
            $"Hồ sơ duyệt này thuộc {what} {id}: duyệt hoặc từ chối bằng 'partyfinance {command} approve|reject {id}' để {(prefix == PlanReferencePrefix ? "kế hoạch" : "dự toán")} được cập nhật cùng lúc.");
    }

    /// <summary>The document reference of a recurring plan's chain: "PLAN-&lt;id&gt;".</summary>
    public const string PlanReferencePrefix = "PLAN-";

    /// <summary>The document reference of a spending request's chain: "SPEND-&lt;id&gt;".</summary>
    public const string SpendingReferencePrefix = "SPEND-";
}

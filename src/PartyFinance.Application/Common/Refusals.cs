using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Common;

/// <summary>What kind of refusal a result is: the edges map this, and only this, to exit codes and HTTP statuses.</summary>
public enum RefusalKind
{
    /// <summary>Bad input or a business rule said no (over budget, period locked, unbalanced …).</summary>
    Refused,

    /// <summary>The thing named (a request, a plan) does not exist.</summary>
    NotFound,

    /// <summary>The acting user is unknown or their role does not allow the action.</summary>
    Forbidden,

    /// <summary>The thing changed under the caller (already paid, already final).</summary>
    Conflict,
}

/// <summary>
/// The one mapping of refusal codes to kinds, and of kinds to HTTP statuses (for ProblemDetails).
/// A result with several errors takes the most specific kind among them (forbidden, then not
/// found, then conflict).
/// </summary>
public static class Refusals
{
    private static readonly Dictionary<string, RefusalKind> Kinds = new(StringComparer.Ordinal)
    {
        [AccessErrors.UnknownUser] = RefusalKind.Forbidden,
        [AccessErrors.NotPermitted] = RefusalKind.Forbidden,
        [AuthorityErrors.UnknownRequest] = RefusalKind.NotFound,
        [SpendingErrors.RequestNotFound] = RefusalKind.NotFound,
        [SpendingErrors.PlanNotFound] = RefusalKind.NotFound,
        [ImportErrors.FileNotFound] = RefusalKind.NotFound,
        [Reporting.ReportErrors.Unknown] = RefusalKind.NotFound,
        [AuthorityErrors.RequestFinal] = RefusalKind.Conflict,
        [SpendingErrors.InvalidTransition] = RefusalKind.Conflict,
    };

    public static RefusalKind KindOf(DomainError error) => Kinds.GetValueOrDefault(error.Code, RefusalKind.Refused);

    public static RefusalKind KindOf(IReadOnlyList<DomainError> errors)
    {
        var kinds = errors.Select(KindOf).ToList();
        return kinds.Contains(RefusalKind.Forbidden) ? RefusalKind.Forbidden
            : kinds.Contains(RefusalKind.NotFound) ? RefusalKind.NotFound
            : kinds.Contains(RefusalKind.Conflict) ? RefusalKind.Conflict
            : RefusalKind.Refused;
    }

    /// <summary>The HTTP status of a ProblemDetails response for this refusal.</summary>
    public static int HttpStatus(RefusalKind kind) => kind switch
    {
        RefusalKind.Refused => 422,
        RefusalKind.NotFound => 404,
        RefusalKind.Forbidden => 403,
        RefusalKind.Conflict => 409,
    };
}

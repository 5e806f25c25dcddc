using PartyFinance.Application.Common;
using PartyFinance.Domain.Common;

namespace PartyFinance.Cli;

/// <summary>The CLI contract: 0 success, 1 refused by input, a business rule or a permission, 2 usage error, 3 unexpected failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Refused = 1;
    public const int Usage = 2;
    public const int Failure = 3;

    /// <summary>The one mapping of a result to an exit code: every kind of refusal is 1 (the code in brackets tells them apart).</summary>
    public static int Of(Result result) => result.IsSuccess ? Success : Of(Refusals.KindOf(result.Errors));

    public static int Of(RefusalKind kind) => kind switch
    {
        RefusalKind.Refused or RefusalKind.NotFound or RefusalKind.Forbidden or RefusalKind.Conflict => Refused,
    };
}

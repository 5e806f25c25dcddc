using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>
/// /api: the same operations as the screens, through the same use cases (so the same AccessGuard and
/// permission matrix), signed in by the same cookie. Reads are limited to the units the user sees;
/// every unsafe call needs the antiforgery header. Refusals are ProblemDetails with the Vietnamese message and code.
/// </summary>
public static class ApiEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.AddEndpointFilter(Antiforgery.Require);
        SessionApi.Map(api);
        BudgetApi.Map(api);
        BudgetChangeApi.Map(api);
        SpendingApi.Map(api);
        PlanApi.Map(api);
        AssetApi.Map(api);
        ApprovalApi.Map(api);
        CloseApi.Map(api);
        VoucherApi.Map(api);
        PeriodApi.Map(api);
        ReportApi.Map(api);
        ImportApi.Map(api);
    }
}

using System.Security.Claims;
using PartyFinance.Application.Common;

namespace PartyFinance.Web.Security;

/// <summary>The request's acting user: the signed-in login (claim name), or nobody — every use case then refuses to change data.</summary>
public static class SignedInActor
{
    public static Actor Of(IServiceProvider services) =>
        new(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? string.Empty);
}

using System.Security.Claims;
using PartyFinance.Application.Common;

namespace PartyFinance.Web.Security;

/// <summary>
/// The request's acting user: the signed-in login (claim name), or nobody — every use case then refuses to change data.
/// A scope the web opens for work that outlives its request names its user in <see cref="ActingUser"/> instead.
/// </summary>
public static class SignedInActor
{
    public static Actor Of(IServiceProvider services) =>
        services.GetService<ActingUser>()?.Login is { Length: > 0 } acting ? new(acting)
            : new(services.GetRequiredService<IHttpContextAccessor>().HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? string.Empty);
}

using System.Security.Claims;
using PartyFinance.Application.Authority;

namespace PartyFinance.Web.Security;

/// <summary>The signed-in user's reach (grants valid today), read once per request.</summary>
public static class Current
{
    private const string Key = "pf.reach";

    public static string Login(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Name) ?? string.Empty;

    public static async Task<UserReach?> ReachAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var cached))
        {
            return cached as UserReach;
        }

        var reach = await http.RequestServices.GetRequiredService<UserReaches>().ForAsync(Login(http), http.RequestAborted);
        http.Items[Key] = reach;
        return reach;
    }
}

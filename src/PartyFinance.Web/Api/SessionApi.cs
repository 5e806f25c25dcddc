using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Api;

/// <summary>GET /api/antiforgery, POST /api/session (sign in), DELETE /api/session (sign out), GET /api/me, POST /api/me/password.</summary>
public static class SessionApi
{
    public sealed record SignInBody(string Login, string Password);

    public sealed record PasswordBody(string? Login, string Password);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery af) =>
        {
            var tokens = af.GetAndStoreTokens(http);
            return Results.Ok(new { header = Security.Antiforgery.HeaderName, token = tokens.RequestToken });
        }).AllowAnonymous().WithSummary("Mã chống giả mạo cho các lệnh POST/DELETE");

        api.MapPost("/session", async (SignInBody body, HttpContext http, SignIn signIn, LockoutPolicy policy) =>
        {
            var result = await signIn.RunAsync(body.Login, body.Password, policy, http.RequestAborted);
            if (result.IsFailure)
            {
                return Problems.From(401, result.Errors);
            }

            await SignInCookie(http, result.Value);
            return Results.Ok(Me(result.Value));
        }).AllowAnonymous().WithSummary("Đăng nhập");

        api.MapDelete("/session", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).WithSummary("Đăng xuất");

        api.MapGet("/me", async (HttpContext http) => await Current.ReachAsync(http) is { } reach ? Results.Ok(Me(reach.User)) : Results.Unauthorized())
            .WithSummary("Người đang đăng nhập và các vai trò");

        api.MapPost("/me/password", async (PasswordBody body, HttpContext http, SetPassword set, LockoutPolicy policy) =>
        {
            var result = await set.RunAsync(body.Login ?? Current.Login(http), body.Password, Current.Login(http), policy, http.RequestAborted);
            return result.IsFailure ? Problems.From(result) : Results.NoContent();
        }).WithSummary("Đổi mật khẩu (của mình; quản trị viên: của người khác)");
    }

    /// <summary>The cookie: the login as the name claim, the session ending with the browser (the ticket expires after 8 hours).</summary>
    public static Task SignInCookie(HttpContext http, User user)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Login), new Claim("name", user.Name)], CookieAuthenticationDefaults.AuthenticationScheme);
        return http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    private static object Me(User user) => new
    {
        login = user.Login,
        name = user.Name,
        grants = user.Grants.Select(g => new { role = g.Role.ToSlug(), scope = g.Scope.ToString(), valid_from = g.ValidFrom, valid_to = g.ValidTo }),
    };
}

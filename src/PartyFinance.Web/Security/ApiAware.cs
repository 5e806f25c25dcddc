using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PartyFinance.Web.Security;

/// <summary>An /api call without a valid sign-in gets a status (401/403 ProblemDetails), not a redirect to the sign-in page.</summary>
public static class ApiAware
{
    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> Status(int status) => context =>
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        var (code, message) = status == StatusCodes.Status401Unauthorized
            ? ("signin.required", "Chưa đăng nhập: đăng nhập bằng POST /api/session trước.")
            : (Application.Common.AccessErrors.NotPermitted, "Không được phép.");
        return Api.Problems.Write(context.HttpContext, status, code, message);
    };
}

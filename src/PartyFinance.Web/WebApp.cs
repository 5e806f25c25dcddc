using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using PartyFinance.Application.Common;
using PartyFinance.Composition;
using PartyFinance.Web.Api;
using PartyFinance.Web.Security;

namespace PartyFinance.Web;

/// <summary>
/// Builds the web application over the one composition root (<see cref="PartyFinanceServices"/>):
/// one scope per request, whose <see cref="Actor"/> is the signed-in user. Cookie sign-in, antiforgery
/// on every form and every unsafe API call, security headers, Razor Pages and the /api endpoints.
/// </summary>
public static class WebApp
{
    public static WebApplication Create(string[] args, TimeProvider clock, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(WebApp).Assembly.GetName().Name });
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        var options = WebOptions.From(builder.Configuration);
        var settings = ProductSettings.ForBooks(options.Books, "web", options.DataFolder);

        // Over HTTPS every cookie is Secure; RequireHttps (production) also makes them Secure-only, redirects to HTTPS and sends HSTS.
        var secure = options.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddPartyFinance(settings, clock, SignedInActor.Of);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Lockout);
        builder.Services.AddHostedService<FirstRun>();
        builder.Services.AddScoped<Pickers>();
        builder.Services.AddScoped<Spending.SpendingViews>();
        builder.Services.AddScoped<Spending.PlanViews>();
        builder.Services.AddScoped<Approvals.DocumentApprovals>();
        builder.Services.AddScoped<Security.ActingUser>();
        builder.Services.AddSingleton<Ledger.YearCloseRuns>();
        builder.Services.AddScoped<Ledger.VoucherEntry>();
        builder.Services.AddScoped<Reporting.ReportDownload>();
        Imports.ImportKind.Register(builder.Services);
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            j.SerializerOptions.RespectNullableAnnotations = true; // a required field left out is a 400 naming it, not a null deep inside
            j.SerializerOptions.Converters.Add(new CleanJsonString());
        });
        // A body or query value that cannot be read is thrown, so the one handler answers it as a Vietnamese problem.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(r => r.ThrowOnBadRequest = true);

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.Cookie.Name = "pf.auth";
            c.Cookie.HttpOnly = true;
            c.Cookie.SecurePolicy = secure;
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.LoginPath = "/dang-nhap";
            c.LogoutPath = "/dang-xuat";
            c.AccessDeniedPath = "/khong-duoc-phep";
            c.ExpireTimeSpan = TimeSpan.FromHours(8);
            c.SlidingExpiration = true;
            c.Events.OnRedirectToLogin = ApiAware.Status(StatusCodes.Status401Unauthorized);
            c.Events.OnRedirectToAccessDenied = ApiAware.Status(StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorization(a => a.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "pf.af";
            a.Cookie.SecurePolicy = secure;
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.HeaderName = Antiforgery.HeaderName;
        });
        // Vietnamese text is written as is (UTF-8), not as &#x…; entities.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o => o.Conventions.AllowAnonymousToPage("/DangNhap").AllowAnonymousToPage("/Loi").AllowAnonymousToPage("/KhongDuocPhep"));
        builder.Services.AddOpenApi("v1");
        builder.Services.AddProblemDetails();
        builder.Services.AddHsts(h => h.MaxAge = TimeSpan.FromDays(365));
        builder.Services.Configure<ForwardedHeadersOptions>(f => f.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problems.UnexpectedAsync });
        if (options.RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseMiddleware<ConflictRetry>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AuditedRequest>();
        app.UseAntiforgery();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapRazorPages();
        ApiEndpoints.Map(app.MapGroup("/api"));
        return app;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Authority;

namespace PartyFinance.Web.Tests;

/// <summary>Sign-in, lockout, antiforgery, cookies, headers, and the OpenAPI document.</summary>
public sealed partial class SecurityTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync("/dang-nhap");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_WithoutSignIn_RedirectToSignIn_AndTheApiAnswers401AsProblemDetails()
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/chi");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/dang-nhap", page.Headers.Location!.PathAndQuery);

        var api = await client.GetAsync("/api/spending");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("signin.required", Requests.Code(await Requests.ProblemAsync(api)));
    }

    [Fact]
    public async Task SignInCookie_IsSecureHttpOnlyAndStrict()
    {
        var client = factory.CreateClient();
        await client.UseAntiforgeryAsync();
        var signed = await client.PostAsJsonAsync("/api/session", new { login = "kiemtoan", password = WebFactory.Password });
        var cookie = signed.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pf.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=strict", cookie);
    }

    [Fact]
    public async Task ApiChange_WithoutTheAntiforgeryHeader_IsRefused_AndNothingIsStored()
    {
        var client = await factory.SignedInAsync("ketoan");
        client.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/spending")).GetArrayLength();

        var refused = await client.PostAsJsonAsync("/api/spending", Requests.NewRequest(1_000_000, submit: false));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("antiforgery.invalid", Requests.Code(await Requests.ProblemAsync(refused)));
        Assert.Equal(before, (await client.GetFromJsonAsync<JsonElement>("/api/spending")).GetArrayLength());
    }

    [Fact]
    public async Task ApiChange_WithTheTokenOfAnotherSession_IsRefused()
    {
        var mine = await factory.SignedInAsync("ketoan");
        var other = await factory.SignedInAsync("ketoantruong");
        mine.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        mine.DefaultRequestHeaders.Add(Security.Antiforgery.HeaderName, other.DefaultRequestHeaders.GetValues(Security.Antiforgery.HeaderName).Single());

        var refused = await mine.PostAsJsonAsync("/api/periods/lock", new { unit = "VPTU", year = 2026, month = 2 });

        Assert.Equal("antiforgery.invalid", Requests.Code(await Requests.ProblemAsync(refused)));
    }

    [Fact]
    public async Task FormPost_WithoutTheAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateClient();
        var refused = await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = "ketoan", ["password"] = WebFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("pf.auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FormSignIn_WithTheToken_SignsIn_AndAWrongPasswordShowsTheVietnameseRefusal()
    {
        var client = factory.CreateClient();
        var wrong = await PostSignInFormAsync(client, "thutruong.btc", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await wrong.Content.ReadAsStringAsync());

        var right = await PostSignInFormAsync(client, "thutruong.btc", WebFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("thutruong.btc", await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount_TheCountIsStored_AndTheRightPasswordIsThenRefused()
    {
        var client = factory.CreateClient();
        await client.UseAntiforgeryAsync();
        for (var i = 1; i <= 4; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/session", new { login = "thutruong.ubkt", password = "sai" });
            Assert.Equal("signin.bad-credentials", Requests.Code(await Requests.ProblemAsync(wrong)));
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<ICredentialStore>().FindAsync("thutruong.ubkt", CancellationToken.None);
            Assert.Equal(4, stored!.FailedAttempts);
        }

        var fifth = await client.PostAsJsonAsync("/api/session", new { login = "thutruong.ubkt", password = "sai" });
        Assert.Equal("signin.locked-out", Requests.Code(await Requests.ProblemAsync(fifth)));
        var right = await client.PostAsJsonAsync("/api/session", new { login = "thutruong.ubkt", password = WebFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("signin.locked-out", Requests.Code(await Requests.ProblemAsync(right)));
    }

    [Fact]
    public async Task ASuccessfulSignIn_ClearsTheFailedAttempts()
    {
        var client = factory.CreateClient();
        await client.UseAntiforgeryAsync();
        await client.PostAsJsonAsync("/api/session", new { login = "thutruong.bnc", password = "sai" });
        var right = await client.PostAsJsonAsync("/api/session", new { login = "thutruong.bnc", password = WebFactory.Password });
        Assert.True(right.IsSuccessStatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<ICredentialStore>().FindAsync("thutruong.bnc", CancellationToken.None))!.FailedAttempts);
    }

    [Fact]
    public async Task AnUnknownLogin_GetsTheSameRefusalAsAWrongPassword()
    {
        var client = factory.CreateClient();
        await client.UseAntiforgeryAsync();
        var unknown = await client.PostAsJsonAsync("/api/session", new { login = "khongco", password = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("signin.bad-credentials", Requests.Code(await Requests.ProblemAsync(unknown)));
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheEndpoints()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/spending", "/api/spending/{id}/approve", "/api/approvals/inbox", "/api/vouchers", "/api/budget/status", "/api/periods/lock", "/api/session" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    private static async Task<HttpResponseMessage> PostSignInFormAsync(HttpClient client, string login, string password)
    {
        var form = await client.GetStringAsync("/dang-nhap");
        var token = TokenField().Match(form).Groups[1].Value;
        return await client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["login"] = login,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

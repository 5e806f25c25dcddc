using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Testing;

namespace PartyFinance.Web.Tests;

/// <summary>
/// The web application over its own SQLite file (or a PostgreSQL database), started as `dotnet run`
/// starts it: the first run creates the demo province and the demo users' passwords. The clock stands
/// at 15/03/2026 09:00 (Vietnam time).
/// </summary>
public sealed class WebFactory : WebApplicationFactory<Program>
{
    public const string Password = "demo-test-2026";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pf-web-" + Guid.NewGuid().ToString("N"));

    public WebFactory()
        : this(null)
    {
    }

    /// <summary>On <paramref name="database"/> (a file or a Host=… connection string, as --db), else on a new file of its own.</summary>
    internal WebFactory(string? database)
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = database ?? Path.Combine(_folder, "books.db");
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:PartyFinance", DatabasePath);
        builder.UseSetting("PartyFinance:Demo:Password", Password);
        builder.UseSetting("PartyFinance:DataFolder", RepoPaths.Db());
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock()));
    }

    /// <summary>A client signed in as <paramref name="login"/>, sending the antiforgery header of its session on every call.</summary>
    public async Task<HttpClient> SignedInAsync(string login)
    {
        var client = CreateClient();
        await client.UseAntiforgeryAsync();
        var signed = await client.PostAsJsonAsync("/api/session", new { login, password = Password });
        Assert.True(signed.IsSuccessStatusCode, $"sign-in {login}: {(int)signed.StatusCode} {await signed.Content.ReadAsStringAsync()}");
        await client.UseAntiforgeryAsync();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a connection still closing; the temp folder is cleaned by the OS
        }
    }
}

/// <summary>Antiforgery for a test client: the token of GET /api/antiforgery in the header, as the screens' script would send it.</summary>
public static class AntiforgeryClient
{
    public static async Task UseAntiforgeryAsync(this HttpClient client)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        client.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        client.DefaultRequestHeaders.Add(Security.Antiforgery.HeaderName, json.GetProperty("token").GetString());
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using PartyFinance.Testing;

namespace PartyFinance.Web.Tests.EndToEnd;

/// <summary>
/// The web application on a real Kestrel port (loopback) over its own demo database, and Chromium
/// driven by Playwright. A failing scenario leaves a screenshot of every open page in
/// tests/PartyFinance.Web.Tests/TestResults/screenshots.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pf-e2e-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string Screenshots => Path.Combine(RepoPaths.Root, "tests", "PartyFinance.Web.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = WebApp.Create(["--urls", "http://127.0.0.1:0"], new FixedClock(), b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PartyFinance"] = Path.Combine(_folder, "books.db"),
            ["PartyFinance:Demo:Password"] = WebFactory.Password,
            ["PartyFinance:DataFolder"] = RepoPaths.Db(),
        }));
        await _app.StartAsync();
        var port = new Uri(_app.Urls.First()).Port;
        BaseUrl = $"http://localhost:{port}";
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as <paramref name="login"/> through the sign-in form.</summary>
    public async Task<IPage> SignedInPageAsync(string login)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/dang-nhap");
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", WebFactory.Password);
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForURLAsync(BaseUrl + "/");
        return page;
    }

    /// <summary>Runs a scenario; if it fails, every open page is photographed before the failure is rethrown.</summary>
    public async Task RunAsync(string name, Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch
        {
            Directory.CreateDirectory(Screenshots);
            var n = 0;
            foreach (var page in Browser.Contexts.SelectMany(c => c.Pages))
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, $"{name}-{++n}.png"), FullPage = true });
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

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

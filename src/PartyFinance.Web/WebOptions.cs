using PartyFinance.Application.Authority;
using PartyFinance.Composition;

namespace PartyFinance.Web;

/// <summary>
/// The web's settings. The books: ConnectionStrings:PartyFinance, else PARTYFINANCE_DB, else
/// partyfinance.db in the current directory — the same syntax and default as the CLI's --db.
/// PartyFinance:Demo:* (seed on first run, the demo password), PartyFinance:Security:* (lockout), PartyFinance:RequireHttps (Secure-only cookies, HTTPS redirection, HSTS).
/// </summary>
public sealed record WebOptions(string? Books, string DataFolder, bool SeedDemo, string DemoPassword, LockoutPolicy Lockout, bool RequireHttps)
{
    public const string DefaultDemoPassword = "demo@2025";

    public static WebOptions From(IConfiguration c)
    {
        var section = c.GetSection("PartyFinance");
        var lockout = new LockoutPolicy(
            section.GetValue("Security:MaxFailedAttempts", LockoutPolicy.Default.MaxFailedAttempts),
            TimeSpan.FromMinutes(section.GetValue("Security:LockoutMinutes", LockoutPolicy.Default.LockoutDuration.TotalMinutes)),
            section.GetValue("Security:MinimumPasswordLength", LockoutPolicy.Default.MinimumPasswordLength));
        return new WebOptions(c.GetConnectionString("PartyFinance"), section["DataFolder"] is { Length: > 0 } data ? data : ProductSettings.ShippedDataFolder,
            section.GetValue("Demo:SeedOnFirstRun", true), section["Demo:Password"] is { Length: > 0 } p ? p : DefaultDemoPassword,
            lockout, section.GetValue("RequireHttps", false));
    }
}

using Xunit;

namespace PartyFinance.Testing;

/// <summary>
/// A test that runs the plain-text accounting tools `ledger` and `hledger` (Debian packages ledger, hledger, which
/// `bash .ci/test` installs). Outside CI a missing tool skips the test with a message; in CI (CI=true) it never skips.
/// </summary>
public sealed class LedgerToolsFactAttribute : FactAttribute
{
    public LedgerToolsFactAttribute()
    {
        if ((LedgerTools.Find("ledger") is null || LedgerTools.Find("hledger") is null) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "ledger, hledger không có: apt-get install ledger hledger hoặc chạy bash .ci/test";
        }
    }
}

/// <summary>Where a tool is on PATH, or null.</summary>
public static class LedgerTools
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}

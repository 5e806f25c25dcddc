namespace PartyFinance.Web.Tests.EndToEnd;

/// <summary>
/// An end-to-end test in Debian's Chromium (/usr/bin/chromium, which `bash .ci/test` installs). Outside
/// CI a missing browser skips the test with a message; in CI (CI=true) it always runs.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "Chromium không có: apt-get install chromium hoặc chạy bash .ci/test";
        }
    }
}

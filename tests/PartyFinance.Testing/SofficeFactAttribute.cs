using Xunit;

namespace PartyFinance.Testing;

/// <summary>
/// A test that needs LibreOffice (`soffice`, Debian package libreoffice-calc-nogui, which `bash .ci/test`
/// installs). Outside CI a missing soffice skips the test with a message; in CI (CI=true) it never skips.
/// </summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (Soffice.Path is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "LibreOffice không có: apt-get install libreoffice-calc-nogui hoặc chạy bash .ci/test";
        }
    }
}

/// <summary>Where soffice is on PATH, or null.</summary>
public static class Soffice
{
    public static string? Path =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => System.IO.Path.Combine(d, "soffice")).FirstOrDefault(File.Exists);
}

using Xunit;

namespace PartyFinance.Testing;

/// <summary>
/// A test of the published (ReadyToRun) command-line tool, <see cref="CliBuilds.Published"/>. Outside CI a missing publish
/// skips the test with the command to make it; in CI (CI=true; `.ci/test` publishes before the tests) it never skips.
/// </summary>
public sealed class PublishedCliFactAttribute : FactAttribute
{
    public PublishedCliFactAttribute()
    {
        if (!File.Exists(CliBuilds.Published) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "Chưa có bản phát hành của công cụ dòng lệnh: chạy " + CliBuilds.PublishCommand;
        }
    }
}

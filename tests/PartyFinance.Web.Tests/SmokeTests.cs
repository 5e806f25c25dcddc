using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

public sealed class SmokeTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task FirstRun_CreatesTheDemoOnTheConfiguredFile_AndItsUsersSignIn()
    {
        var client = await factory.SignedInAsync("ketoan");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("ketoan", me.GetProperty("login").GetString());
        Assert.True(File.Exists(factory.DatabasePath));
    }
}

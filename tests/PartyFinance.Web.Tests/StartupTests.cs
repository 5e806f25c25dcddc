using System.Net.Http.Json;
using System.Text.Json;
using PartyFinance.Infrastructure.Persistence;
using PartyFinance.Testing;

namespace PartyFinance.Web.Tests;

/// <summary>Start-up: the demo on first run, an existing installation started again, and PostgreSQL by configuration.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task SecondStart_OnTheSameBooks_KeepsThemAndAddsNoSecondDemo()
    {
        using var first = new WebFactory();
        var accountant = await first.SignedInAsync("ketoan");
        var id = await Requests.CreateAsync(accountant, 500_000);
        var vouchers = (await accountant.GetFromJsonAsync<JsonElement>("/api/vouchers?unit=VPTU")).GetArrayLength();

        using var second = new WebFactory(first.DatabasePath);
        var again = await second.SignedInAsync("ketoan");
        Assert.Equal(vouchers, (await again.GetFromJsonAsync<JsonElement>("/api/vouchers?unit=VPTU")).GetArrayLength());
        Assert.Equal("submitted", (await again.GetFromJsonAsync<JsonElement>($"/api/spending/{id}")).GetProperty("status").GetString());
    }

    [PostgresFact]
    public Task OnPostgreSql_ByConnectionString_TheDemoIsCreated_AndARequestIsApprovedAndPaid() => ByConnectionString_TheDemoIsCreated_AndARequestIsApprovedAndPaidOn(DatabaseProvider.Postgres);

    [SqlServerFact]
    public Task OnSqlServer_ByConnectionString_TheDemoIsCreated_AndARequestIsApprovedAndPaid() => ByConnectionString_TheDemoIsCreated_AndARequestIsApprovedAndPaidOn(DatabaseProvider.SqlServer);

    private async Task ByConnectionString_TheDemoIsCreated_AndARequestIsApprovedAndPaidOn(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, initialise: false);
        using var factory = new WebFactory(db.Target.ConnectionString);
        var accountant = await factory.SignedInAsync("ketoan");
        var head = await factory.SignedInAsync("thutruong.vptu");
        var before = await Requests.AvailableAsync(accountant);

        var id = await Requests.CreateAsync(accountant, 2_000_000);
        Assert.True((await head.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "3/QĐ-VPTU" })).IsSuccessStatusCode);
        var paid = await accountant.PostAsJsonAsync($"/api/spending/{id}/pay", new { date = "2026-03-15" });
        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());

        Assert.Equal(before - 2_000_000, await Requests.AvailableAsync(accountant));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

/// <summary>Small API steps the tests share: a spending request on VPTU's 2026 NSNN line 340-351 / 6551 of the demo.</summary>
public static class Requests
{
    public const string Unit = "VPTU";
    public const string Item = "6551";

    public static object NewRequest(long amount, bool submit, string unit = Unit) => new
    {
        unit,
        year = 2026,
        fund_source = "NSNN",
        autonomy = "autonomous",
        sector = "340-351",
        budget_item = Item,
        amount,
        purpose = "Mua văn phòng phẩm",
        counterparty = "Công ty A",
        submit,
    };

    public static async Task<long> CreateAsync(HttpClient client, long amount, bool submit = true)
    {
        var created = await client.PostAsJsonAsync("/api/spending", NewRequest(amount, submit));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("request").GetProperty("id").GetInt64();
    }

    public static async Task<long> AvailableAsync(HttpClient client, string item = Item)
    {
        var line = await client.GetFromJsonAsync<JsonElement>($"/api/budget/line?unit={Unit}&year=2026&fundSource=NSNN&autonomy=autonomous&sector=340-351&budgetItem={item}");
        return line.GetProperty("available").GetInt64();
    }

    public static async Task<long> SpentAsync(HttpClient client, string item = Item)
    {
        var line = await client.GetFromJsonAsync<JsonElement>($"/api/budget/line?unit={Unit}&year=2026&fundSource=NSNN&autonomy=autonomous&sector=340-351&budgetItem={item}");
        return line.GetProperty("spent").GetInt64();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string Code(JsonElement problem) => problem.GetProperty("code").GetString()!;
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

/// <summary>Report downloads: the workbook of `report export`, for the units the user sees.</summary>
public sealed class ReportTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Export_OfAUnitsReports_IsAnXlsxWorkbook()
    {
        var client = await factory.SignedInAsync("ketoan");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/reports?year=2025");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("code").GetString() == "B01-BCTC");

        var response = await client.GetAsync("/api/reports/export?year=2025&unit=VPTU&reports=B01-BCTC,B02-BCTC");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 1000 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K');
    }

    [Theory]
    [InlineData("thutruong.btc", "&unit=VPTU", 403, "access.not-permitted")]
    [InlineData("thutruong.vptu", "", 403, "access.not-permitted")]
    [InlineData("ketoan", "&unit=VPTU&reports=KHONG-CO", 404, "report.unknown")]
    public async Task Export_BeyondTheUsersUnits_OrOfAnUnknownReport_IsRefused(string login, string query, int status, string code)
    {
        var response = await (await factory.SignedInAsync(login)).GetAsync("/api/reports/export?year=2025" + query);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, Requests.Code(await Requests.ProblemAsync(response)));
    }

    [Fact]
    public async Task ReportScreen_ListsTheReports_AndItsFormDownloadsTheWorkbook()
    {
        var client = await factory.SignedInAsync("thutruong.vptu");
        var page = await client.GetStringAsync("/bao-cao?year=2025");
        Assert.Contains("B01-BCTC", page);
        Assert.DoesNotContain("Toàn tỉnh (tổng hợp)", page);
        var file = await client.GetAsync("/bao-cao?handler=Export&year=2025&unit=VPTU&reports=B02-BCTC");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
    }
}

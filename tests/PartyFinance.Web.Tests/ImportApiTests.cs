using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

/// <summary>
/// /api/imports/{kind}: every import of the screens through the API — the dry run stores nothing and answers the whole error
/// list or what it would store, the import stores it, each kind offered to the roles the screen is offered to; the asset
/// class list and the tools' year end as JSON.
/// </summary>
public sealed class ImportApiTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Balances = "unit,year,account,debit,credit\n";
    private const string Classes = "code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified\n";

    [Fact]
    public async Task EachRoleIsOfferedTheImportsItsScreensOffer_AndTheOthersAreRefused()
    {
        var accountant = await KindsAsync("ketoan");
        Assert.Equal(["vouchers", "balances", "estimates", "assets", "tools"], accountant);
        Assert.Equal(["units", "asset-classes", "rule-sets"], await KindsAsync("quantri"));
        Assert.Empty(await KindsAsync("kiemtoan"));

        var head = await factory.SignedInAsync("thutruong.vptu");
        foreach (var kind in new[] { "units", "balances", "asset-classes", "rule-sets" })
        {
            var refused = await head.PostAsync($"/api/imports/{kind}?check=true", Upload("a.csv", "code\n"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("access.not-permitted", Requests.Code(await Requests.ProblemAsync(refused)));
        }

        var client = await factory.SignedInAsync("ketoan");
        var unknown = await client.PostAsync("/api/imports/khong-co", Upload("a.csv", "x\n"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = await Requests.ProblemAsync(unknown);
        Assert.Equal("import.unknown-kind", Requests.Code(problem));
        Assert.Contains("balances", problem.GetProperty("detail").GetString());

        var noFile = await client.PostAsync("/api/imports/balances", new MultipartFormDataContent { { new StringContent("x"), "reason" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noFile.StatusCode);
        Assert.Equal("import.empty-file", Requests.Code(await Requests.ProblemAsync(noFile)));

        // An empty multipart body has a part without headers: unreadable, so a 400 naming no row, for the API and a screen alike (it was a 500).
        var malformed = await client.PostAsync("/api/imports/balances", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("api.bad-request", Requests.Code(await Requests.ProblemAsync(malformed)));
        var page = await client.PostAsync("/nhap-tep/so-du?handler=Check", new MultipartFormDataContent());
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Không đọc được nội dung gửi lên", await page.Content.ReadAsStringAsync());

        client.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/imports/balances?check=true", Upload("so-du.csv", Balances))).StatusCode);
    }

    [Fact]
    public async Task OpeningBalances_TheDryRunListsEveryErrorWithItsRow_AGoodFileIsCheckedWithoutStoring_ThenStoredOnce()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var bad = await accountant.PostAsync("/api/imports/balances?check=true", Upload("sai.csv", Balances + "BTC,2029,1111,5000000,0\nBTC,2029,3371,0,4000000\nBTC,2029,1111,abc,0\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = (await Requests.ProblemAsync(bad)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").ValueKind == JsonValueKind.Number && e.GetProperty("row").GetInt32() == 4 && e.GetProperty("field").GetString() == "debit");
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == "ledger.opening-unbalanced");

        var good = Balances + "BTC,2029,1111,5000000,0\nBTC,2029,3371,0,5000000\n";
        var checkedOnly = await OkAsync(await accountant.PostAsync("/api/imports/balances?check=true", Upload("dung.csv", good)));
        Assert.True(checkedOnly.GetProperty("checked_only").GetBoolean());
        Assert.Equal(2, checkedOnly.GetProperty("figures").GetProperty("stored").GetInt32());
        Assert.Equal("2 dòng; sẽ ghi 2 dòng số dư.", checkedOnly.GetProperty("summary").GetString());

        // Checked twice: the dry run stored nothing, so the file would still store both rows.
        Assert.Equal(2, (await OkAsync(await accountant.PostAsync("/api/imports/balances?check=true", Upload("dung.csv", good)))).GetProperty("figures").GetProperty("stored").GetInt32());
        var stored = await OkAsync(await accountant.PostAsync("/api/imports/balances", Upload("dung.csv", good)));
        Assert.False(stored.GetProperty("checked_only").GetBoolean());
        Assert.Equal(2, stored.GetProperty("figures").GetProperty("stored").GetInt32());
        var again = await OkAsync(await accountant.PostAsync("/api/imports/balances", Upload("dung.csv", good)));
        Assert.Equal(0, again.GetProperty("figures").GetProperty("stored").GetInt32());
        Assert.Equal(2, again.GetProperty("figures").GetProperty("skipped").GetInt32());

        var notADate = await accountant.PostAsync("/api/imports/balances?date=2029-01-01", Upload("dung.csv", good));
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Equal("import.bad-date", Requests.Code(await Requests.ProblemAsync(notADate)));
        var badDate = await accountant.PostAsync("/api/imports/assets?check=true&date=31/02/2026", Upload("tai-san.csv", "code\n"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal("date", (await Requests.ProblemAsync(badDate)).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task AnAssetClassFile_IsImportedThroughTheApi_AndTheClassListShowsItInItsYearsOnly()
    {
        var admin = await factory.SignedInAsync("quantri");
        var bad = await admin.PostAsync("/api/imports/asset-classes", Upload("sai.csv", Classes + "MAY-API,Máy thử,nhom-khong-co,5,20,2026-01-01,,thử,U\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("group", (await Requests.ProblemAsync(bad)).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.DoesNotContain("MAY-API", await ClassCodesAsync(admin, "2026"));

        var stored = await OkAsync(await admin.PostAsync("/api/imports/asset-classes", Upload("dung.csv", Classes + "MAY-API,Máy đo qua API,tangible-5,5,20,2026-01-01,,Tệp thử,U\n")));
        Assert.Equal(1, stored.GetProperty("figures").GetProperty("added").GetInt32());

        var auditor = await factory.SignedInAsync("kiemtoan");
        var classes = await auditor.GetFromJsonAsync<JsonElement>("/api/asset-classes?year=2026");
        var row = classes.EnumerateArray().Single(k => k.GetProperty("code").GetString() == "MAY-API");
        Assert.Equal(5, row.GetProperty("useful_life_years").GetInt32());
        Assert.Equal(20m, row.GetProperty("annual_rate_percent").GetDecimal());
        Assert.Equal("U", row.GetProperty("verified").GetString());
        Assert.DoesNotContain("MAY-API", await ClassCodesAsync(auditor, "2025"));
        Assert.True((await auditor.GetFromJsonAsync<JsonElement>("/api/asset-classes")).GetArrayLength() > classes.GetArrayLength());

        foreach (var year in new[] { "hai", "99999", "1899" })
        {
            var refused = await auditor.GetAsync("/api/asset-classes?year=" + year);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("ledger.bad-period", Requests.Code(await Requests.ProblemAsync(refused)));
        }
    }

    [Fact]
    public async Task TheToolsYearEnd_RecognisesWhatWasIssued_OnceThroughTheApi_AndRefusesAnotherUnitAndAnImpossibleYear()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var received = await Forms.PostAsync(accountant, "/cong-cu/nhap-kho", new()
        {
            ["unit"] = "VPTU",
            ["code"] = "CC-API1",
            ["name"] = "Ấm đun nước",
            ["measure"] = "cái",
            ["quantity"] = "3",
            ["unitCost"] = "300.000",
            ["date"] = "16/03/2026",
            ["fundSource"] = "NSNN",
            ["autonomy"] = "autonomous",
            ["sector"] = "340-351",
            ["budgetItem"] = "6551",
            ["payment"] = "none",
            ["reason"] = "PNK 9",
        });
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        const string Tool = "/cong-cu/xem?ma=CC-API1";
        var issued = await Forms.PostAsync(accountant, Tool, new() { ["quantity"] = "2", ["date"] = "16/03/2026", ["custodian"] = "Phòng Tổng hợp", ["reason"] = "PXK 9" }, Tool + "&handler=Issue");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        var impossible = await accountant.PostAsJsonAsync("/api/tools/close-year", new { year = 99999, unit = "VPTU" });
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Equal("ledger.bad-period", Requests.Code(await Requests.ProblemAsync(impossible)));
        var head = await factory.SignedInAsync("thutruong.vptu");
        var notTheirs = await head.PostAsJsonAsync("/api/tools/close-year", new { year = 2026, unit = "VPTU" });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);

        var closed = await OkAsync(await accountant.PostAsJsonAsync("/api/tools/close-year", new { year = 2026, unit = "VPTU" }));
        Assert.Equal(600_000, closed.GetProperty("total").GetInt64());
        var unit = closed.GetProperty("units").EnumerateArray().Single();
        Assert.Equal("VPTU", unit.GetProperty("unit").GetString());
        var voucher = await accountant.GetFromJsonAsync<JsonElement>("/api/voucher?number=" + Uri.EscapeDataString(unit.GetProperty("voucher").GetString()!));
        Assert.Equal("2026-12-31", voucher.GetProperty("date").GetString());

        var again = await OkAsync(await accountant.PostAsJsonAsync("/api/tools/close-year", new { year = 2026, unit = "VPTU" }));
        Assert.Equal(0, again.GetProperty("total").GetInt64());
        Assert.Equal(0, again.GetProperty("units").GetArrayLength());
    }

    private async Task<List<string?>> KindsAsync(string login) =>
        (await (await factory.SignedInAsync(login)).GetFromJsonAsync<JsonElement>("/api/imports")).EnumerateArray().Select(k => k.GetProperty("kind").GetString()).ToList();

    private static async Task<List<string?>> ClassCodesAsync(HttpClient client, string year) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/asset-classes?year=" + year)).EnumerateArray().Select(k => k.GetProperty("code").GetString()).ToList();

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static MultipartFormDataContent Upload(string name, string csv) => new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", name } };
}

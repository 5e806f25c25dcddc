using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartyFinance.Web.Tests;

/// <summary>
/// The imports beyond vouchers on the shared two-step screen: asset, tool and estimate files are checked by a dry run of the
/// import itself (every error with its row and column, or what would be stored, nothing stored), then stored on confirmation.
/// </summary>
public sealed partial class ImportScreenTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string AssetHeader = "code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian\n";
    private const string ToolHeader = "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item,custodian\n";

    [Fact]
    public async Task AnAssetFileWithErrors_ListsEveryRow_AndStoresNothing_AGoodOneIsCheckedThenStored()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Page = "/nhap-tep/tai-san";
        var bad = AssetHeader + "TS-I1,Máy in,KHONG-CO,VPTU,2025-06-01,20000000,2000000,20000000,0,0,purchase,Phòng A,\n"
            + "TS-I2,Máy quét,MAY-TINH,VPTU,2025-06-01,hai triệu,0,20000000,0,0,purchase,Phòng A,\n";
        var checkedBad = await Forms.UploadAsync(accountant, Page, Page + "?handler=Check", "file", "sai.csv", bad, new() { ["date"] = "01/01/2026" });
        var html = await checkedBad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkedBad.StatusCode);
        Assert.Contains("Tệp sai.csv: tổng cộng", html);
        Assert.Contains("Dòng 2", html);
        Assert.Contains("Dòng 3", html);
        Assert.Contains("không có dữ liệu nào được ghi", html);
        Assert.DoesNotContain("id=\"import-form\"", html);

        var good = AssetHeader + "TS-I1,Máy in,MAY-TINH,VPTU,2025-06-01,20000000,2000000,20000000,0,0,purchase,Phòng A,\n";
        var checkedGood = await Forms.UploadAsync(accountant, Page, Page + "?handler=Check", "file", "dung.csv", good, new() { ["date"] = "01/07/2025" });
        var shown = await checkedGood.Content.ReadAsStringAsync();
        Assert.True(checkedGood.StatusCode == HttpStatusCode.OK, Errors(shown));
        Assert.Contains("sẽ ghi tăng 1 tài sản", shown);
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/api/assets/TS-I1")).StatusCode);

        var stored = await ConfirmAsync(accountant, Page, shown);
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        Assert.Equal(20_000_000, (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/TS-I1")).GetProperty("original_cost").GetInt64());
        var twice = await ConfirmAsync(accountant, Page, shown);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("đã có trong sổ tài sản", await twice.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AToolFileWithErrors_NamesRowAndColumn_AGoodOneIsCheckedWithoutStoring_ThenStored()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Page = "/nhap-tep/cong-cu";
        var bad = ToolHeader + "CC-I1,Ghế nhựa,VPTU,cái,10,150.000,NSNN,340-351,6956,Thủ kho\nCC-I2,Máy chiếu,VPTU,cái,1,40.000.000,NSNN,340-351,6956,\nCC-I3,Bàn,VPTU,cái,x,1000,NSNN,340-351,6956,\n";
        var checkedBad = await Forms.UploadAsync(accountant, Page, Page + "?handler=Check", "file", "sai.csv", bad, new() { ["date"] = "01/01/2026" });
        var html = await checkedBad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkedBad.StatusCode);
        Assert.Contains("Dòng 3, cột unit_cost", html);
        Assert.Contains("tools.fixed-asset", html);
        Assert.Contains("Dòng 4, cột quantity", html);

        var good = ToolHeader + "CC-I1,Ghế nhựa,VPTU,cái,10,150.000,NSNN,340-351,6956,Thủ kho\n";
        var checkedGood = await Forms.UploadAsync(accountant, Page, Page + "?handler=Check", "file", "dung.csv", good, new() { ["date"] = "01/01/2026" });
        var shown = await checkedGood.Content.ReadAsStringAsync();
        Assert.True(checkedGood.StatusCode == HttpStatusCode.OK, Errors(shown));
        Assert.Contains("sẽ ghi 1 công cụ, dụng cụ — VPTU: giá trị 1.500.000 đ", shown);
        Assert.DoesNotContain((await accountant.GetFromJsonAsync<JsonElement>("/api/tools")).EnumerateArray(), t => t.GetProperty("code").GetString() == "CC-I1");

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(accountant, Page, shown)).StatusCode);
        Assert.Contains((await accountant.GetFromJsonAsync<JsonElement>("/api/tools")).EnumerateArray(), t => t.GetProperty("code").GetString() == "CC-I1");
    }

    [Fact]
    public async Task AnEstimateFileWithErrors_IsListedWhole_AGoodOneAllocatesOnlyOnConfirmation()
    {
        var chief = await factory.SignedInAsync("ketoantruong");
        const string Page = "/nhap-tep/du-toan";
        const string Header = "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\n";
        var bad = Header + "KHONGCO,2027,NSNN,autonomous,340-351,6501,1000000,1/QĐ,2027-01-05\nVPTU,2027,NSNN,tự chủ,340-351,6501,1000000,1/QĐ,2027-01-05\n";
        var checkedBad = await Forms.UploadAsync(chief, Page, Page + "?handler=Check", "file", "sai.csv", bad);
        var html = await checkedBad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkedBad.StatusCode);
        Assert.Contains("Dòng 2", html);
        Assert.Contains("Dòng 3", html);

        var good = Header + "VPTU,2027,NSNN,autonomous,340-351,6501,100000000,1/QĐ-2027,2027-01-05\n";
        const string Line = "/api/budget/line?unit=VPTU&year=2027&fundSource=NSNN&autonomy=autonomous&sector=340-351&budgetItem=6501";
        var checkedGood = await Forms.UploadAsync(chief, Page, Page + "?handler=Check", "file", "dung.csv", good);
        var shown = await checkedGood.Content.ReadAsStringAsync();
        Assert.True(checkedGood.StatusCode == HttpStatusCode.OK, Errors(shown));
        Assert.Contains("sẽ giao 1 dòng dự toán", shown);
        Assert.Equal(HttpStatusCode.NotFound, (await chief.GetAsync(Line)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(chief, Page, shown)).StatusCode);
        Assert.Equal(100_000_000, (await chief.GetFromJsonAsync<JsonElement>(Line)).GetProperty("available").GetInt64());
    }

    [Fact]
    public async Task TheImports_AreNotOfferedToAUnitHeadOrTheAuditor_AndACheckWithoutItsTokenIsRefused()
    {
        foreach (var login in new[] { "thutruong.vptu", "kiemtoan" })
        {
            var client = await factory.SignedInAsync(login);
            foreach (var page in new[] { "/nhap-tep/tai-san", "/nhap-tep/cong-cu", "/nhap-tep/du-toan" })
            {
                var response = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/khong-duoc-phep", response.Headers.Location!.PathAndQuery);
            }
        }

        var accountant = await factory.SignedInAsync("ketoan");
        accountant.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.csv" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await accountant.PostAsync("/nhap-tep/cong-cu?handler=Check", form)).StatusCode);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string page, string checkedHtml)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.Token(checkedHtml),
            ["content"] = WebUtility.HtmlDecode(Hidden("content").Match(checkedHtml).Groups[1].Value),
            ["fileName"] = WebUtility.HtmlDecode(Hidden("fileName").Match(checkedHtml).Groups[1].Value),
        };
        if (Hidden("date").Match(checkedHtml) is { Success: true } date)
        {
            fields["date"] = WebUtility.HtmlDecode(date.Groups[1].Value);
        }

        return await client.PostAsync(page + "?handler=Import", new FormUrlEncodedContent(fields));
    }

    private static Regex Hidden(string name) => new($"type=\"hidden\" name=\"{name}\" value=\"([^\"]*)\"");

    private static string Errors(string html) => ErrorBlock().Match(html).Value;

    [GeneratedRegex("id=\"errors\".{0,800}", RegexOptions.Singleline)]
    private static partial Regex ErrorBlock();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

/// <summary>Estimate changes beside the line's status; the asset register, card, the decider shown before an action is asked, stocktake; the tools register.</summary>
public sealed class BudgetAndAssetScreenTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Line = "/du-toan/thay-doi?unit=VPTU&year=2026&line=NSNN%7Cautonomous%7C340-351%7C6501";

    [Fact]
    public async Task EstimateChanges_ShowTheLineStatus_Supplement_RefuseAnOverlargeDecrease_AndTransfer()
    {
        var chief = await factory.SignedInAsync("ketoantruong");
        var page = await chief.GetStringAsync(Line);
        Assert.Contains("id=\"line-status\"", page);
        Assert.Contains("id=\"movements\"", page);
        var before = await AvailableAsync(chief, "VPTU", "6501");

        var supplemented = await Forms.PostAsync(chief, Line, new() { ["amount"] = "5.000.000", ["decisionNo"] = "30/QĐ-VPTU", ["date"] = "15/03/2026" }, Line + "&handler=Supplement");
        Assert.Equal(HttpStatusCode.Redirect, supplemented.StatusCode);
        Assert.Equal(before + 5_000_000, await AvailableAsync(chief, "VPTU", "6501"));
        Assert.Contains("bổ sung dự toán", await chief.GetStringAsync(Line));

        var tooMuch = await Forms.PostAsync(chief, Line, new() { ["amount"] = "-999.999.999.999", ["decisionNo"] = "31/QĐ-VPTU" }, Line + "&handler=Adjust");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Contains("id=\"errors\"", await tooMuch.Content.ReadAsStringAsync());
        Assert.Equal(before + 5_000_000, await AvailableAsync(chief, "VPTU", "6501"));

        var btcBefore = await AvailableAsync(chief, "BTC", "6501");
        var moved = await Forms.PostAsync(chief, Line, new() { ["toUnit"] = "BTC", ["amount"] = "1.000.000", ["decisionNo"] = "40/QĐ-VPTU", ["date"] = "15/03/2026" }, Line + "&handler=Transfer");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(before + 4_000_000, await AvailableAsync(chief, "VPTU", "6501"));
        Assert.Equal(btcBefore + 1_000_000, await AvailableAsync(chief, "BTC", "6501"));
    }

    [Fact]
    public async Task EstimateChanges_ByAUnitHead_OfferNoForm_AreRefused_AndOfAnotherUnit_NotFound()
    {
        var head = await factory.SignedInAsync("thutruong.vptu");
        var page = await head.GetStringAsync(Line);
        Assert.DoesNotContain("id=\"supplement-form\"", page);
        var refused = await Forms.PostAsync(head, Line, new() { ["amount"] = "1.000.000", ["decisionNo"] = "1/QĐ" }, Line + "&handler=Supplement");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("access.not-permitted", await refused.Content.ReadAsStringAsync());

        var other = await factory.SignedInAsync("thutruong.btc");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Line)).StatusCode);

        var api = await other.PostAsJsonAsync("/api/budget/supplement", new { unit = "VPTU", year = 2026, fund_source = "NSNN", autonomy = "autonomous", sector = "340-351", budget_item = "6501", amount = 1L, decision_no = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task AssetRegister_ListsTheUnitsAssets_FiltersThem_AndHidesOtherUnits()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var all = await accountant.GetStringAsync("/tai-san?year=2026");
        Assert.Contains("VPTU-MT-01", all);
        Assert.Contains("BTC-MT-01", all);
        var filtered = await accountant.GetStringAsync("/tai-san?year=2026&unit=VPTU&text=%C4%91i%E1%BB%81u%20h%C3%B2a");
        Assert.Contains("VPTU-DH-01", filtered);
        Assert.DoesNotContain("VPTU-MT-01", filtered);

        var head = await factory.SignedInAsync("thutruong.btc");
        var own = await head.GetStringAsync("/tai-san?year=2026");
        Assert.Contains("BTC-MT-01", own);
        Assert.DoesNotContain("VPTU-MT-01", own);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/tai-san/the?ma=VPTU-MT-01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/assets/VPTU-MT-01")).StatusCode);
    }

    [Fact]
    public async Task AssetCard_ShowsFundingAndWear_TheDeciderBeforeAsking_AndTheActionOpensThatChain()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var card = await accountant.GetStringAsync("/tai-san/the?ma=VPTU-DH-01");
        Assert.Contains("id=\"funding\"", card);
        Assert.Contains("Ngân sách nhà nước", card);
        Assert.Contains("id=\"wear\"", card);
        Assert.Contains("id=\"action-form\"", card);

        var fields = new Dictionary<string, string> { ["kind"] = "transfer", ["date"] = "15/03/2026", ["to"] = "BTC", ["reason"] = "Điều chuyển theo nhu cầu" };
        var preview = await Forms.PostAsync(accountant, "/tai-san/the?ma=VPTU-DH-01", new(fields), "/tai-san/the?ma=VPTU-DH-01&handler=Preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = await preview.Content.ReadAsStringAsync();
        Assert.Contains("id=\"decision\"", shown);
        var decider = (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-DH-01/decider?action=transfer&date=2026-03-15")).GetProperty("decider_name").GetString()!;
        Assert.Contains("Thẩm quyền quyết định: " + decider, shown);
        Assert.Empty((await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-DH-01")).GetProperty("actions").EnumerateArray());

        var asked = await Forms.PostAsync(accountant, "/tai-san/the?ma=VPTU-DH-01", new(fields), "/tai-san/the?ma=VPTU-DH-01&handler=Request");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var after = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-DH-01");
        var action = Assert.Single(after.GetProperty("actions").EnumerateArray());
        Assert.Equal("pending", action.GetProperty("status").GetString());
        Assert.Equal("VPTU", after.GetProperty("unit").GetString());
        var page = await accountant.GetStringAsync("/tai-san/the?ma=VPTU-DH-01");
        Assert.Contains("Chờ quyết định", page);
        Assert.Contains(decider, page);

        var again = await Forms.PostAsync(accountant, "/tai-san/the?ma=VPTU-DH-01", new(fields), "/tai-san/the?ma=VPTU-DH-01&handler=Request");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
    }

    [Fact]
    public async Task AssetActions_OfTheAuditor_OfferNoForm_AndAreRefused()
    {
        var auditor = await factory.SignedInAsync("kiemtoan");
        Assert.DoesNotContain("id=\"action-form\"", await auditor.GetStringAsync("/tai-san/the?ma=VPTU-MT-01"));
        var refused = await auditor.PostAsJsonAsync("/api/assets/VPTU-MT-01/actions", new { action = "sell", date = "2026-03-15", reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("access.not-permitted", Requests.Code(await Requests.ProblemAsync(refused)));
    }

    [Fact]
    public async Task Stocktake_StartsASheet_ABadCountListsEveryRowAndStoresNothing_AGoodOneCloses()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var started = await Forms.PostAsync(accountant, "/tai-san/kiem-ke", new() { ["unit"] = "BNC", ["date"] = "15/03/2026" }, "/tai-san/kiem-ke?handler=Start");
        var sheet = await started.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Contains("BNC-MT-01", sheet);
        var id = System.Text.RegularExpressions.Regex.Match(sheet, "Phiếu kiểm kê số (\\d+)").Groups[1].Value;

        var bad = await Forms.UploadAsync(accountant, "/tai-san/kiem-ke", "/tai-san/kiem-ke?handler=Count", "count", "kiem-dem.csv",
            "code,found\nBNC-MT-01,có lẽ\nBNC-DH-01,yes\nKHONG-CO,yes\n", new() { ["id"] = id });
        var errors = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Dòng 2", errors);
        Assert.Contains("Dòng 4", errors);
        Assert.Contains("không có dữ liệu nào được ghi", errors);

        var good = await Forms.UploadAsync(accountant, "/tai-san/kiem-ke", "/tai-san/kiem-ke?handler=Count", "count", "kiem-dem.csv",
            "code,found\nBNC-MT-01,yes\nBNC-DH-01,yes\n", new() { ["id"] = id });
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var closed = await Forms.PostAsync(accountant, "/tai-san/kiem-ke", new() { ["id"] = id }, "/tai-san/kiem-ke?handler=Close");
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Contains("Không thừa, không thiếu tài sản nào.", await closed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ToolsRegister_Renders_AndAnUnknownToolIsNotFound()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        Assert.Contains("Sổ công cụ, dụng cụ", await accountant.GetStringAsync("/cong-cu"));
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/cong-cu/xem?ma=KHONG-CO")).StatusCode);
        Assert.Equal(JsonValueKind.Array, (await accountant.GetFromJsonAsync<JsonElement>("/api/tools")).ValueKind);
    }

    [Fact]
    public async Task NewForms_WithoutTheirAntiforgeryToken_AreRefused_AndChangeNothing()
    {
        var chief = await factory.SignedInAsync("ketoantruong");
        var before = await AvailableAsync(chief, "VPTU", "6501");
        chief.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        var forged = await chief.PostAsync(Line + "&handler=Supplement", new FormUrlEncodedContent(new Dictionary<string, string> { ["amount"] = "1.000.000", ["decisionNo"] = "2/QĐ" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await AvailableAsync(chief, "VPTU", "6501"));
        var plan = await chief.PostAsync("/chi/dinh-ky?handler=Run", new FormUrlEncodedContent(new Dictionary<string, string> { ["through"] = "03/2026" }));
        Assert.Equal(HttpStatusCode.BadRequest, plan.StatusCode);
    }

    private static async Task<long> AvailableAsync(HttpClient client, string unit, string item)
    {
        var line = await client.GetFromJsonAsync<JsonElement>($"/api/budget/line?unit={unit}&year=2026&fundSource=NSNN&autonomy=autonomous&sector=340-351&budgetItem={item}");
        return line.GetProperty("available").GetInt64();
    }
}

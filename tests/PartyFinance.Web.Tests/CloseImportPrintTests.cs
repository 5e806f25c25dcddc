using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartyFinance.Web.Tests;

/// <summary>The year-end close with its steps shown as it goes; voucher import checked first, then stored; the printed voucher layouts.</summary>
public sealed partial class CloseImportPrintTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Good = "key,date,unit,type,description,account,debit,credit\nweb-imp-1,2026-03-10,VPTU,PT,Rút tiền gửi về quỹ,1111,700000,\nweb-imp-1,2026-03-10,VPTU,PT,,1121,,700000\n";

    [Fact]
    public async Task YearClose_StartedFromThePage_RunsItsSteps_AsTheUserWhoStartedIt_AndShowsEachStepsState()
    {
        var chief = await factory.SignedInAsync("ketoantruong");
        var page = await chief.GetStringAsync("/khoa-so/nam?year=2025");
        Assert.Contains("id=\"close-form\"", page);
        var started = await Forms.PostAsync(chief, "/khoa-so/nam?year=2025", new() { ["year"] = "2025", ["unit"] = "VPTU", ["date"] = "15/03/2026" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        var runs = (Ledger.YearCloseRuns)factory.Services.GetService(typeof(Ledger.YearCloseRuns))!;
        await runs.Of(2025)!.Task;
        var done = await chief.GetStringAsync("/khoa-so/nam?year=2025");
        Assert.DoesNotContain("http-equiv=\"refresh\"", done);
        Assert.Contains("id=\"outcome\"", done);
        foreach (var step in new[] { "wear", "wear-revenue", "close-911", "close-421", "carry-forward", "lock", "opening" })
        {
            Assert.Contains($"data-step=\"{step}\" data-unit=\"VPTU\"", done);
        }

        Assert.Contains("ketoantruong, ", done);
        Assert.DoesNotContain("data-unit=\"BTC\"", done);
    }

    [Fact]
    public async Task YearClose_ByAUnitHead_OffersNoForm_AndIsRefused()
    {
        var head = await factory.SignedInAsync("thutruong.vptu");
        var page = await head.GetStringAsync("/khoa-so/nam?year=2024");
        Assert.DoesNotContain("id=\"close-form\"", page);
        var refused = await Forms.PostAsync(head, "/khoa-so/nam?year=2024", new() { ["year"] = "2024" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/khong-duoc-phep", refused.Headers.Location!.PathAndQuery);
        Assert.Null(((Ledger.YearCloseRuns)factory.Services.GetService(typeof(Ledger.YearCloseRuns))!).Of(2024));
    }

    [Fact]
    public async Task VoucherImport_ABadFile_ListsEveryError_AndStoresNothing()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var before = await CountAsync(accountant);
        var bad = "key,date,unit,type,description,account,debit,credit\nb1,2026-02-30,VPTU,PT,Thu,1111,10,\nb1,2026-02-30,VPTU,PT,,1121,,10\nb2,2026-03-01,VPTU,PT,Thu,1111,10,\nb2,2026-03-01,VPTU,PT,,1121,,9\n";
        var checkedBad = await Forms.UploadAsync(accountant, "/chung-tu/nhap-tep", "/chung-tu/nhap-tep?handler=Check", "file", "sai.csv", bad);
        var html = await checkedBad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkedBad.StatusCode);
        Assert.Contains("import.bad-date", html);
        Assert.Contains("ledger.unbalanced", html);
        Assert.Contains("Tệp sai.csv", html);
        Assert.DoesNotContain("id=\"import-form\"", html);
        Assert.Equal(before, await CountAsync(accountant));
    }

    [Fact]
    public async Task VoucherImport_AGoodFile_IsCheckedWithoutStoring_ThenStoredOnConfirmation_Once()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var before = await CountAsync(accountant);
        var checkedGood = await Forms.UploadAsync(accountant, "/chung-tu/nhap-tep", "/chung-tu/nhap-tep?handler=Check", "file", "dung.csv", Good);
        var html = await checkedGood.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, checkedGood.StatusCode);
        Assert.Contains("sẽ ghi 1 chứng từ", html);
        Assert.Equal(before, await CountAsync(accountant));

        var content = WebUtility.HtmlDecode(Regex.Match(html, "name=\"content\" value=\"([^\"]+)\"").Groups[1].Value);
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = Forms.Token(html), ["content"] = content, ["fileName"] = "dung.csv" };
        var stored = await accountant.PostAsync("/chung-tu/nhap-tep?handler=Import", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        Assert.Equal(before + 1, await CountAsync(accountant));
        Assert.Equal(HttpStatusCode.Redirect, (await accountant.PostAsync("/chung-tu/nhap-tep?handler=Import", new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(before + 1, await CountAsync(accountant));
    }

    [Fact]
    public async Task VoucherImport_IsNotOfferedToAUnitHead()
    {
        var head = await factory.SignedInAsync("thutruong.vptu");
        var response = await head.GetAsync("/chung-tu/nhap-tep");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/khong-duoc-phep", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("PC", "PHIẾU CHI", "voucher a5", "Người nhận tiền")]
    [InlineData("RDT", "GIẤY RÚT DỰ TOÁN", "voucher a4", "Thủ trưởng đơn vị")]
    public async Task PrintedVoucher_HasItsLayout_Paper_Signatures_AndTheAmountInWords(string type, string heading, string paper, string signature)
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var list = await accountant.GetFromJsonAsync<JsonElement>($"/api/vouchers?unit=VPTU&type={type}");
        var v = list.EnumerateArray().First();
        var html = await accountant.GetStringAsync("/chung-tu/xem?so=" + Uri.EscapeDataString(v.GetProperty("number").GetString()!));
        Assert.Contains(heading, html);
        Assert.Contains(paper, html);
        Assert.Contains(signature, html);
        Assert.Contains(Application.Common.VietnameseAmountWords.Of(v.GetProperty("amount").GetInt64()), html);
        Assert.Contains("Viết bằng chữ", html);
    }

    [Fact]
    public async Task CloseApi_RefusesAUnitHead_StartsForTheChiefAccountant_AndReportsEachStep()
    {
        var head = await factory.SignedInAsync("thutruong.ubkt");
        var refused = await head.PostAsJsonAsync("/api/close", new { year = 2025, unit = "UBKT" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("access.not-permitted", Requests.Code(await Requests.ProblemAsync(refused)));

        var chief = await factory.SignedInAsync("ketoantruong");
        var started = await chief.PostAsJsonAsync("/api/close", new { year = 2025, unit = "UBKT", date = "2026-03-15" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        await ((Ledger.YearCloseRuns)factory.Services.GetService(typeof(Ledger.YearCloseRuns))!).Of(2025)!.Task;
        var state = await chief.GetFromJsonAsync<JsonElement>("/api/close/2025");
        Assert.False(state.GetProperty("running").GetBoolean());
        var steps = state.GetProperty("steps").EnumerateArray().Where(x => x.GetProperty("unit").GetString() == "UBKT").ToList();
        Assert.Equal(7, steps.Count);
        Assert.All(steps, x => Assert.Equal("ketoantruong", x.GetProperty("by").GetString()));
        var own = await head.GetFromJsonAsync<JsonElement>("/api/close/2025");
        Assert.DoesNotContain(own.GetProperty("steps").EnumerateArray(), x => x.GetProperty("unit").GetString() != "UBKT");
    }

    [Fact]
    public async Task ImportApi_CheckOnly_StoresNothing_ABadFileListsItsErrors_AndWithoutCheckItStores()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var before = await CountAsync(accountant);
        var good = Good.Replace("web-imp-1", "api-imp-1", StringComparison.Ordinal);
        var checkedOnly = await accountant.PostAsync("/api/vouchers/import?check=true", Upload(good));
        Assert.Equal(HttpStatusCode.OK, checkedOnly.StatusCode);
        Assert.Equal(1, (await checkedOnly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("would_store").GetInt32());
        Assert.Equal(before, await CountAsync(accountant));

        var bad = await accountant.PostAsync("/api/vouchers/import?check=true", Upload(good.Replace("700000\n", "700001\n", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal("ledger.unbalanced", Requests.Code(await Requests.ProblemAsync(bad)));

        var stored = await accountant.PostAsync("/api/vouchers/import", Upload(good));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(before + 1, await CountAsync(accountant));
    }

    private static MultipartFormDataContent Upload(string csv) => new() { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "tep.csv" } };

    private static async Task<int> CountAsync(HttpClient client) => (await client.GetFromJsonAsync<JsonElement>("/api/vouchers?unit=VPTU&type=PT")).GetArrayLength();
}

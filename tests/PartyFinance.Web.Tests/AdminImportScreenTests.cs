using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Testing;

namespace PartyFinance.Web.Tests;

/// <summary>
/// The imports that had no screen — units, opening balances, asset classes, delegation rule sets — on the shared two-step screen:
/// each check is a dry run of the import itself (every error with its row and column, or what would be stored, nothing stored),
/// then the confirmation stores it; each offered only to the roles the CLI allows, a unit's accountant refused another unit's rows.
/// Also the tools' year end (/cong-cu/ket-chuyen) and the asset class list (/tai-san/loai).
/// </summary>
public sealed partial class AdminImportScreenTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task AUnitFileWithErrors_ListsEveryRow_AGoodOneIsCheckedWithoutStoring_ThenStoredByTheAdministrator()
    {
        var admin = await factory.SignedInAsync("quantri");
        const string Page = "/nhap-tep/don-vi";
        const string Header = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n";
        var bad = Header + "XTHU1,Đảng ủy thử 1,ban-dang,VPTU,509,2026-01-01,,\nXTHU2,Đảng ủy thử 2,party-agency,KHONGCO,509,2026-01-01,,\n";
        var html = await RefusedAsync(admin, Page, bad);
        Assert.Contains("Dòng 2, cột kind", html);
        Assert.Contains("Dòng 3", html);
        Assert.Contains("KHONGCO", html);

        var good = Header + "XTHU1,Đảng ủy thử 1,party-agency,VPTU,509,2026-01-01,,\n";
        var shown = await CheckedAsync(admin, Page, good);
        Assert.Contains("sẽ ghi 1 đơn vị mới hoặc thay đổi", shown);
        Assert.False(await HasUnitAsync(admin, "XTHU1"));

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(admin, Page, shown)).StatusCode);
        Assert.True(await HasUnitAsync(admin, "XTHU1"));
        Assert.Contains("0 đơn vị mới hoặc thay đổi, 1 đơn vị không đổi", await CheckedAsync(admin, Page, good));
    }

    [Fact]
    public async Task OpeningBalances_AreCheckedWholeWithoutStoring_ThenStored_AnotherUnitsRowsAreRefusedToAUnitsAccountant()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Page = "/nhap-tep/so-du";
        const string Header = "unit,year,account,debit,credit\n";
        var bad = Header + "BTC,2027,1111,5000000,0\nBTC,2027,3371,0,4000000\nBTC,2027,1111x,abc,0\n";
        var html = await RefusedAsync(accountant, Page, bad);
        Assert.Contains("Dòng 4, cột debit", html);
        Assert.Contains("ledger.opening-unbalanced", html);

        var good = Header + "BTC,2027,1111,5000000,0\nBTC,2027,3371,0,5000000\n";
        Assert.Contains("2 dòng; sẽ ghi 2 dòng số dư.", await CheckedAsync(accountant, Page, good));
        var shown = await CheckedAsync(accountant, Page, good);
        Assert.Contains("sẽ ghi 2 dòng số dư.", shown);
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(accountant, Page, shown)).StatusCode);
        Assert.Contains("sẽ ghi 0 dòng số dư, bỏ qua 2 dòng đã có", await CheckedAsync(accountant, Page, good));
        var different = await RefusedAsync(accountant, Page, Header + "BTC,2027,1111,6000000,0\nBTC,2027,3371,0,6000000\n");
        Assert.Contains("ledger.opening-already-posted", different);

        var ofBtc = await UnitAccountantAsync("ketoan.btc", "BTC");
        Assert.Equal(HttpStatusCode.OK, (await ofBtc.GetAsync(Page)).StatusCode);
        var foreign = await Forms.UploadAsync(ofBtc, Page, Page + "?handler=Check", "file", "vptu.csv", Header + "VPTU,2027,1111,1000000,0\nVPTU,2027,3371,0,1000000\n");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("access.not-permitted", await foreign.Content.ReadAsStringAsync());
        Assert.Contains("sẽ ghi 2 dòng số dư", await CheckedAsync(ofBtc, Page, Header + "BTC,2028,1111,1000000,0\nBTC,2028,3371,0,1000000\n"));
    }

    [Fact]
    public async Task AnAssetClassFile_IsCheckedWithoutStoring_ThenStored_AndTheClassListShowsItByYear()
    {
        var admin = await factory.SignedInAsync("quantri");
        const string Page = "/nhap-tep/loai-tai-san";
        const string Header = "code,name,group,useful_life_years,annual_rate_percent,valid_from,valid_to,source,verified\n";
        var bad = Header + "MAY-THU,Máy thử,nhom-khong-co,5,20,2026-01-01,,thử,U\nMAY-THU2,Máy thử 2,tangible-5,5,150,2026-01-01,,thử,U\n";
        var html = await RefusedAsync(admin, Page, bad);
        Assert.Contains("Dòng 2, cột group", html);
        Assert.Contains("Dòng 3, cột annual_rate_percent", html);

        var good = Header + "MAY-THU,Máy đo thử nghiệm,tangible-5,5,20,2026-01-01,,Tệp thử,U\n";
        var shown = await CheckedAsync(admin, Page, good);
        Assert.Contains("1 dòng; sẽ thêm 1, thay 0, giữ nguyên 0 dòng loại tài sản.", shown);
        Assert.DoesNotContain("MAY-THU", await admin.GetStringAsync("/tai-san/loai?year=2026"));

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(admin, Page, shown)).StatusCode);
        var auditor = await factory.SignedInAsync("kiemtoan");
        var listed = await auditor.GetStringAsync("/tai-san/loai?year=2026");
        Assert.Contains("Máy đo thử nghiệm", listed);
        Assert.Contains("<td class=\"num\">20</td>", listed);
        Assert.Contains("01/01/2026 – nay", listed);
        Assert.DoesNotContain("31/12/2025", listed);
        Assert.Contains("31/12/2025", await auditor.GetStringAsync("/tai-san/loai"));
        Assert.DoesNotContain("Máy đo thử nghiệm", await auditor.GetStringAsync("/tai-san/loai?year=2025"));
        var badYear = await auditor.GetAsync("/tai-san/loai?year=hai");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badYear.StatusCode);
        Assert.Contains("Năm &#x27;hai&#x27; không hợp lệ", await badYear.Content.ReadAsStringAsync());
        foreach (var outside in new[] { "1899", "2101" })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await auditor.GetAsync("/tai-san/loai?year=" + outside)).StatusCode); // every year of the product lies in 1900–2100
        }
    }

    [Fact]
    public async Task ARuleSetFileThatOverlapsTheSetInForce_IsRefusedNamingIt_AnEarlierSetIsCheckedWithoutStoring_ThenStored()
    {
        var admin = await factory.SignedInAsync("quantri");
        const string Page = "/nhap-tep/tham-quyen";
        var shipped = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Db(), "authority", "quy-che-chi-tieu-noi-bo-mau.csv"));
        var overlapping = shipped.Replace("Quy chế chi tiêu nội bộ — mẫu", "Quy chế thử 2026", StringComparison.Ordinal).Replace(",2025-01-01,,", ",2026-01-01,,", StringComparison.Ordinal);
        var html = await RefusedAsync(admin, Page, overlapping);
        Assert.Contains("authority.rule-set-period-overlap", html);
        Assert.Contains("authority end", html);

        var earlier = shipped.Replace("Quy chế chi tiêu nội bộ — mẫu", "Quy chế thử 2024", StringComparison.Ordinal).Replace(",2025-01-01,,", ",2024-01-01,2024-12-31,", StringComparison.Ordinal);
        var shown = await CheckedAsync(admin, Page, earlier);
        Assert.Contains("sẽ ghi 1 bộ quy tắc: &#x27;Quy chế thử 2024&#x27; (01/01/2024 – 31/12/2024", shown);
        Assert.DoesNotContain("Quy chế thử 2024", await RuleSetNamesAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(admin, Page, shown)).StatusCode);
        Assert.Contains("Quy chế thử 2024", await RuleSetNamesAsync());
        Assert.DoesNotContain("Quy chế thử 2026", await RuleSetNamesAsync());
    }

    [Fact]
    public async Task TheAdministratorsImports_AreNotOfferedToAccountantsUnitHeadsOrTheAuditor_NorTheirsToTheAdministrator_AndNeedTheirToken()
    {
        foreach (var login in new[] { "ketoan", "ketoantruong", "thutruong.vptu", "kiemtoan" })
        {
            var client = await factory.SignedInAsync(login);
            foreach (var page in new[] { "/nhap-tep/don-vi", "/nhap-tep/loai-tai-san", "/nhap-tep/tham-quyen" })
            {
                await AssertNotOfferedAsync(client, page);
            }

            var offered = await client.GetStringAsync("/nhap-tep");
            Assert.DoesNotContain("/nhap-tep/don-vi", offered);
        }

        foreach (var login in new[] { "thutruong.vptu", "kiemtoan", "quantri" })
        {
            await AssertNotOfferedAsync(await factory.SignedInAsync(login), "/nhap-tep/so-du");
        }

        var admin = await factory.SignedInAsync("quantri");
        var list = await admin.GetStringAsync("/nhap-tep");
        Assert.Contains("/nhap-tep/tham-quyen", list);
        Assert.DoesNotContain("/nhap-tep/so-du", list);
        Assert.Contains("/nhap-tep/so-du", await (await factory.SignedInAsync("ketoan")).GetStringAsync("/nhap-tep"));
        Assert.Contains("id=\"no-imports\"", await (await factory.SignedInAsync("kiemtoan")).GetStringAsync("/nhap-tep"));

        // A form post by someone not offered the screen is refused before the file is read; a post without the token is refused too.
        var head = await factory.SignedInAsync("thutruong.vptu");
        AssertSentAway(await Forms.UploadAsync(head, "/chi", "/nhap-tep/don-vi?handler=Check", "file", "a.csv", "code\n"));
        admin.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        foreach (var page in new[] { "/nhap-tep/don-vi", "/nhap-tep/loai-tai-san", "/nhap-tep/tham-quyen" })
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.csv" } };
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync(page + "?handler=Check", form)).StatusCode);
        }

        var accountant = await factory.SignedInAsync("ketoan");
        accountant.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        using var balances = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.csv" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await accountant.PostAsync("/nhap-tep/so-du?handler=Check", balances)).StatusCode);
    }

    [Fact]
    public async Task TheToolsYearEnd_RecognisesTheValueIssued_OnceAVoucherPerUnit_AndIsRefusedByRoleAndByUnit()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Receive = "/cong-cu/nhap-kho";
        var received = await Forms.PostAsync(accountant, Receive, new()
        {
            ["unit"] = "VPTU",
            ["code"] = "CC-KC1",
            ["name"] = "Bình nước",
            ["measure"] = "cái",
            ["quantity"] = "4",
            ["unitCost"] = "250.000",
            ["date"] = "15/03/2026",
            ["fundSource"] = "NSNN",
            ["autonomy"] = "autonomous",
            ["sector"] = "340-351",
            ["budgetItem"] = "6551",
            ["payment"] = "none",
            ["reason"] = "PNK 7",
        });
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        const string Tool = "/cong-cu/xem?ma=CC-KC1";
        var issued = await Forms.PostAsync(accountant, Tool, new() { ["quantity"] = "2", ["date"] = "15/03/2026", ["custodian"] = "Phòng Tổng hợp", ["reason"] = "PXK 7" }, Tool + "&handler=Issue");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        const string Page = "/cong-cu/ket-chuyen";
        var other = await UnitAccountantAsync("ketoan.bnc", "BNC");
        var foreign = await Forms.PostAsync(other, Page, new() { ["unit"] = "VPTU", ["year"] = "2026" });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("access.not-permitted", await foreign.Content.ReadAsStringAsync());
        var badYear = await Forms.PostAsync(accountant, Page, new() { ["unit"] = "VPTU", ["year"] = "năm nay" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badYear.StatusCode);

        var closed = await Forms.PostAsync(accountant, Page, new() { ["unit"] = "VPTU", ["year"] = "2026" });
        var html = await closed.Content.ReadAsStringAsync();
        Assert.True(closed.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Đã kết chuyển giá trị công cụ, dụng cụ xuất dùng năm 2026: 500.000 đ", html);
        var voucher = VoucherLink().Match(html);
        Assert.True(voucher.Success, html);
        var shown = await accountant.GetFromJsonAsync<JsonElement>("/api/voucher?number=" + voucher.Groups[1].Value);
        Assert.Equal("2026-12-31", shown.GetProperty("date").GetString());

        var again = await (await Forms.PostAsync(accountant, Page, new() { ["unit"] = "VPTU", ["year"] = "2026" })).Content.ReadAsStringAsync();
        Assert.Contains("Năm 2026: không còn giá trị công cụ, dụng cụ xuất dùng nào chưa kết chuyển.", again);

        foreach (var login in new[] { "thutruong.vptu", "kiemtoan", "quantri" })
        {
            var client = await factory.SignedInAsync(login);
            await AssertNotOfferedAsync(client, Page);
            AssertSentAway(await Forms.PostAsync(client, "/cong-cu", new() { ["unit"] = "VPTU", ["year"] = "2026" }, Page));
        }

        var headless = await factory.SignedInAsync("ketoan");
        headless.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        Assert.Equal(HttpStatusCode.BadRequest, (await headless.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string> { ["year"] = "2026" }))).StatusCode);
    }

    private static async Task AssertNotOfferedAsync(HttpClient client, string page) => AssertSentAway(await client.GetAsync(page));

    /// <summary>A screen not offered to the user answers with the "not permitted" page, for a GET and a form post alike.</summary>
    private static void AssertSentAway(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/khong-duoc-phep", response.Headers.Location!.PathAndQuery);
    }

    private static async Task<string> RefusedAsync(HttpClient client, string page, string csv)
    {
        var response = await Forms.UploadAsync(client, page, page + "?handler=Check", "file", "sai.csv", csv);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {ErrorBlock().Match(html).Value}");
        Assert.Contains("Tệp sai.csv: tổng cộng", html);
        Assert.Contains("không có dữ liệu nào được ghi", html);
        Assert.DoesNotContain("id=\"import-form\"", html);
        return html;
    }

    private static async Task<string> CheckedAsync(HttpClient client, string page, string csv)
    {
        var response = await Forms.UploadAsync(client, page, page + "?handler=Check", "file", "dung.csv", csv);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, ErrorBlock().Match(html).Value);
        Assert.Contains("id=\"import-form\"", html);
        return html;
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string page, string checkedHtml) =>
        await client.PostAsync(page + "?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Forms.Token(checkedHtml),
            ["content"] = WebUtility.HtmlDecode(Hidden("content").Match(checkedHtml).Groups[1].Value),
            ["fileName"] = WebUtility.HtmlDecode(Hidden("fileName").Match(checkedHtml).Groups[1].Value),
        }));

    private static async Task<bool> HasUnitAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/units")).EnumerateArray().Any(u => u.GetProperty("code").GetString() == code);

    private async Task<IReadOnlyList<string>> RuleSetNamesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sets = await scope.ServiceProvider.GetRequiredService<Application.Authority.ListRuleSets>().ExecuteAsync(CancellationToken.None);
        return sets.Select(s => s.Name).ToList();
    }

    /// <summary>An accountant of one unit only (the demo's accountants are province-wide), signed in.</summary>
    private async Task<HttpClient> UnitAccountantAsync(string login, string unit)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var added = await scope.ServiceProvider.GetRequiredService<Application.Authority.AddUser>().ExecuteAsync(
                new Application.Authority.AddUserRequest(login, "Kế toán " + unit, Domain.Authority.Role.Accountant, Domain.Authority.RoleScope.Unit(unit), new DateOnly(2026, 1, 1), null), "quantri", CancellationToken.None);
            Assert.True(added.IsSuccess, added.IsFailure ? added.FirstError.Describe() : null);
            var set = scope.ServiceProvider.GetRequiredService<Application.Authority.SetPassword>();
            Assert.True((await set.RunAsync(login, WebFactory.Password, "quantri", Application.Authority.LockoutPolicy.Default, CancellationToken.None)).IsSuccess);
        }

        return await factory.SignedInAsync(login);
    }

    private static Regex Hidden(string name) => new($"type=\"hidden\" name=\"{name}\" value=\"([^\"]*)\"");

    [GeneratedRegex("id=\"errors\".{0,800}", RegexOptions.Singleline)]
    private static partial Regex ErrorBlock();

    [GeneratedRegex("href=\"/chung-tu/xem\\?so=([^\"]+)\"")]
    private static partial Regex VoucherLink();
}

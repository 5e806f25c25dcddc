using System.Net;
using System.Text.RegularExpressions;

namespace PartyFinance.Web.Tests;

/// <summary>The server-rendered screens: what each role sees, form posts with their antiforgery token, refusals shown in Vietnamese.</summary>
public sealed partial class PageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    public static TheoryData<string, string[], string[]> Dashboards => new()
    {
        // login, sections shown, sections not shown
        { "ketoan", ["id=\"execution\"", "id=\"to-pay\"", "id=\"recent\"", "id=\"locks\""], ["id=\"inbox\""] },
        { "thutruong.vptu", ["id=\"execution\"", "id=\"inbox\"", "id=\"recent\""], ["id=\"to-pay\""] },
        { "chanhvanphong", ["id=\"execution\"", "id=\"inbox\""], ["id=\"to-pay\""] },
        { "kiemtoan", ["id=\"execution\"", "id=\"recent\"", "id=\"locks\""], ["id=\"inbox\"", "id=\"to-pay\""] },
    };

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task Dashboard_ShowsEachRoleItsParts_WithTheBudgetChartAsSvg(string login, string[] shown, string[] hidden)
    {
        var client = await factory.SignedInAsync(login);
        var html = await client.GetStringAsync("/");
        Assert.Contains("<svg class=\"chart\"", html);
        foreach (var part in shown)
        {
            Assert.Contains(part, html);
        }

        foreach (var part in hidden)
        {
            Assert.DoesNotContain(part, html);
        }

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("style=\"", html);
    }

    [Fact]
    public async Task UnitHeadDashboard_ChartsOnlyTheirOwnUnit()
    {
        var html = await (await factory.SignedInAsync("thutruong.btc")).GetStringAsync("/");
        var chart = html[html.IndexOf("<svg class=\"chart\"", StringComparison.Ordinal)..html.IndexOf("</svg>", StringComparison.Ordinal)];
        Assert.Contains(">BTC<", chart);
        Assert.DoesNotContain(">VPTU<", chart);
    }

    [Theory]
    [InlineData("/chi", "Đề nghị chi")]
    [InlineData("/chi/tao", "Lập đề nghị chi")]
    [InlineData("/duyet", "Hộp duyệt")]
    [InlineData("/chung-tu", "VPTU/PC/2026/000001")]
    [InlineData("/chung-tu/nhap", "Nhập chứng từ")]
    [InlineData("/chung-tu/xem?so=VPTU%2FPC%2F2026%2F000001", "PHIẾU CHI")]
    [InlineData("/du-toan?unit=VPTU&year=2026", "6551")]
    [InlineData("/khoa-so?unit=VPTU&year=2025", "đã khóa")]
    public async Task EveryScreen_RendersForTheAccountant(string path, string expected)
    {
        var response = await (await factory.SignedInAsync("ketoan")).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("thutruong.btc", "/du-toan?unit=VPTU&year=2026", 404)]
    [InlineData("thutruong.btc", "/chung-tu/xem?so=VPTU%2FPC%2F2026%2F000001", 404)]
    [InlineData("thutruong.btc", "/khoa-so?unit=VPTU&year=2026", 404)]
    [InlineData("kiemtoan", "/chung-tu/nhap", 302)]
    [InlineData("kiemtoan", "/chi/tao", 302)]
    [InlineData("thutruong.vptu", "/chung-tu/nhap", 302)]
    public async Task Screens_OfAnotherUnitOrBeyondTheRole_AreRefused(string login, string path, int status)
    {
        var response = await (await factory.SignedInAsync(login)).GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        if (status == 302)
        {
            Assert.StartsWith("/khong-duoc-phep", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task VoucherForm_Unbalanced_ShowsTheLineAndColumn_AndStoresNothing_ThenBalancedPosts()
    {
        var client = await factory.SignedInAsync("ketoan");
        var before = await client.GetStringAsync("/chung-tu?unit=VPTU&type=PT");
        var form = await client.GetStringAsync("/chung-tu/nhap");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["key"] = Field(form, "key"),
            ["unit"] = "VPTU",
            ["type"] = "PT",
            ["date"] = "10/03/2026",
            ["description"] = "Rút tiền gửi về quỹ",
            ["Lines[0].Account"] = "1111",
            ["Lines[0].Debit"] = "5.000.000",
            ["Lines[1].Account"] = "1121",
            ["Lines[1].Credit"] = "4.000.000",
        };

        var refused = await client.PostAsync("/chung-tu/nhap", new FormUrlEncodedContent(fields));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("ledger.unbalanced", html);
        Assert.Contains("Dòng 1", html);
        Assert.Equal(Count(before), Count(await client.GetStringAsync("/chung-tu?unit=VPTU&type=PT")));

        fields["Lines[1].Credit"] = "3.000.000";
        fields["Lines[2].Account"] = "1121";
        fields["Lines[2].Credit"] = "2.000.000";
        var posted = await client.PostAsync("/chung-tu/nhap", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var view = await client.GetStringAsync(posted.Headers.Location!.ToString());
        Assert.Contains("PHIẾU THU", view);
        Assert.Contains("5.000.000 đ", view);

        var again = await client.PostAsync("/chung-tu/nhap", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(Count(before) + 1, Count(await client.GetStringAsync("/chung-tu?unit=VPTU&type=PT")));
    }

    [Fact]
    public async Task SpendingScreens_CreateApproveAndPay_ThroughTheirForms()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var form = await accountant.GetStringAsync("/chi/tao?unit=VPTU&year=2026");
        Assert.Contains("data-available=", form);
        var created = await accountant.PostAsync("/chi/tao", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["unit"] = "VPTU",
            ["year"] = "2026",
            ["line"] = "NSNN|autonomous|340-351|6501",
            ["amount"] = "1.200.000",
            ["purpose"] = "Sửa máy in",
            ["submitNow"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = created.Headers.Location!.ToString();

        var head = await factory.SignedInAsync("thutruong.vptu");
        var inbox = await head.GetStringAsync("/duyet");
        Assert.Contains("1.200.000 đ", inbox);
        Assert.Contains("Căn cứ", inbox);
        var approveForm = await head.GetStringAsync(page);
        var approved = await head.PostAsync(page + "?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(approveForm),
            ["decisionNo"] = "12/QĐ-VPTU",
            ["date"] = "15/03/2026",
        }));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("đã duyệt", await head.GetStringAsync(page));

        var payForm = await accountant.GetStringAsync(page);
        var paid = await accountant.PostAsync(page + "?handler=Pay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(payForm),
            ["date"] = "15/03/2026",
            ["method"] = "withdrawal",
        }));
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var after = await accountant.GetStringAsync(page);
        Assert.Contains("đã chi", after);
        Assert.Contains("voucher-link", after);
    }

    [Fact]
    public async Task ApproveForm_OfAUserWhoMayNotSign_ShowsTheRefusal_AndChangesNothing()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var id = await Requests.CreateAsync(accountant, 700_000);
        var page = await accountant.GetStringAsync($"/chi/{id}");
        Assert.DoesNotContain("id=\"approve-form\"", page);
        var refused = await accountant.PostAsync($"/chi/{id}?handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["decisionNo"] = "1/QĐ",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("access.not-permitted", await refused.Content.ReadAsStringAsync());
        Assert.Contains("đã trình", await accountant.GetStringAsync($"/chi/{id}"));
    }

    private static int Count(string html) => VoucherRow().Matches(html).Count;

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    private static string Field(string html, string name) => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("href=\"/chung-tu/xem\\?so=VPTU%2FPT%2F")]
    private static partial Regex VoucherRow();
}

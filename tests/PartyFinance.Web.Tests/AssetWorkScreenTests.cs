using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

/// <summary>
/// The asset screens that had none: the wear and depreciation runs (worn, skipped, failed, vouchers), an upgrade, a purchase with
/// Party funds, tool receive and tool issue — each through its use case, refused by role and by unit, bad input naming its field and storing nothing.
/// </summary>
public sealed class AssetWorkScreenTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Wear = "/tai-san/hao-mon";

    [Fact]
    public async Task TheWearRun_ForAYearAndUnit_ShowsTheVouchers_ARerunWearsNothing_AndABadYearIsNamed()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        Assert.Contains("id=\"wear-form\"", await accountant.GetStringAsync(Wear));
        var before = (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/UBKT-MT-01")).GetProperty("accumulated_wear").GetInt64();

        var run = await Forms.PostAsync(accountant, Wear, new() { ["unit"] = "UBKT", ["year"] = "2026" }, Wear + "?handler=Wear");
        var html = await run.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Contains("id=\"run-vouchers\"", html);
        Assert.Contains("Hao mòn năm 2026: 2 tài sản", html);
        Assert.Contains("<td>UBKT</td>", html);
        var after = (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/UBKT-MT-01")).GetProperty("accumulated_wear").GetInt64();
        Assert.True(after > before);

        var again = await Forms.PostAsync(accountant, Wear, new() { ["unit"] = "UBKT", ["year"] = "2026" }, Wear + "?handler=Wear");
        Assert.Contains("Hao mòn năm 2026: 0 tài sản", await again.Content.ReadAsStringAsync());
        Assert.Equal(after, (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/UBKT-MT-01")).GetProperty("accumulated_wear").GetInt64());

        var bad = await Forms.PostAsync(accountant, Wear, new() { ["unit"] = "UBKT", ["year"] = "hai nghìn" }, Wear + "?handler=Wear");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("Năm &#x27;hai nghìn&#x27; không hợp lệ", await bad.Content.ReadAsStringAsync());
        var month = await Forms.PostAsync(accountant, Wear, new() { ["month"] = "13/2026" }, Wear + "?handler=Depreciate");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, month.StatusCode);
        var depreciation = await Forms.PostAsync(accountant, Wear, new() { ["unit"] = "UBKT", ["month"] = "03/2026" }, Wear + "?handler=Depreciate");
        Assert.Equal(HttpStatusCode.OK, depreciation.StatusCode);
        Assert.Contains("Khấu hao tháng 03/2026", await depreciation.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheWearRun_IsRefusedToTheAuditor_AndToAUnitHeadForAnotherUnit_AndWithoutItsToken()
    {
        var auditor = await factory.SignedInAsync("kiemtoan");
        var page = await auditor.GetAsync(Wear);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("khong-duoc-phep", page.Headers.Location!.ToString());

        var accountant = await factory.SignedInAsync("ketoan");
        accountant.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        var forged = await accountant.PostAsync(Wear + "?handler=Wear", new FormUrlEncodedContent(new Dictionary<string, string> { ["year"] = "2026", ["unit"] = "BNC" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain((await (await factory.SignedInAsync("ketoan")).GetFromJsonAsync<JsonElement>("/api/assets/BNC-MT-01")).GetProperty("wear").EnumerateArray(),
            w => w.GetProperty("year").GetInt32() == 2026);
    }

    [Fact]
    public async Task AnUpgrade_RaisesTheCostWithItsVoucher_ANoReasonOneStoresNothing_AndOthersCannot()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Page = "/tai-san/nang-cap?ma=VPTU-MT-01";
        Assert.Contains("id=\"upgrade-link\"", await accountant.GetStringAsync("/tai-san/the?ma=VPTU-MT-01"));
        var before = (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-MT-01")).GetProperty("original_cost").GetInt64();

        var noReason = await Forms.PostAsync(accountant, Page, new() { ["date"] = "15/03/2026", ["amount"] = "5.000.000", ["share"] = "state", ["reason"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var badAmount = await Forms.PostAsync(accountant, Page, new() { ["date"] = "15/03/2026", ["amount"] = "5,000,000.5", ["share"] = "state", ["reason"] = "BB 3/2026" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badAmount.StatusCode);
        Assert.Equal(before, (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-MT-01")).GetProperty("original_cost").GetInt64());

        var done = await Forms.PostAsync(accountant, Page, new() { ["date"] = "15/03/2026", ["amount"] = "5.000.000", ["share"] = "state", ["reason"] = "BB 3/2026" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, done.StatusCode);
        Assert.Contains("TK 2413", await done.Content.ReadAsStringAsync()); // nothing gathered on 2413 yet
        var gathered = await accountant.PostAsJsonAsync("/api/vouchers", new
        {
            date = "2026-03-10",
            unit = "VPTU",
            type = "PKT",
            description = "Chi phí nâng cấp máy tính",
            lines = new object[]
            {
                new { account = "2413", debit = 5_000_000 },
                new { account = "36611", credit = 5_000_000, fund_source = "NSNN", budget_item = "6956", sector = "340-351" },
            },
        });
        Assert.True(gathered.IsSuccessStatusCode, await gathered.Content.ReadAsStringAsync());
        done = await Forms.PostAsync(accountant, Page, new() { ["date"] = "15/03/2026", ["amount"] = "5.000.000", ["share"] = "state", ["reason"] = "BB 3/2026" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(before + 5_000_000, (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-MT-01")).GetProperty("original_cost").GetInt64());

        var auditor = await factory.SignedInAsync("kiemtoan");
        Assert.Contains("id=\"no-upgrade\"", await auditor.GetStringAsync(Page));
        var refused = await Forms.PostAsync(auditor, Page, new() { ["date"] = "15/03/2026", ["amount"] = "1.000", ["share"] = "state", ["reason"] = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("access.not-permitted", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("thutruong.btc")).GetAsync(Page)).StatusCode);
    }

    [Fact]
    public async Task ToolsReceivedAndIssued_MoveTheStore_AFixedAssetPriceAndAnOverIssueAreRefused()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Receive = "/cong-cu/nhap-kho";
        Dictionary<string, string> Fields(string cost) => new()
        {
            ["unit"] = "VPTU",
            ["code"] = "CC-W1",
            ["name"] = "Ấm chén",
            ["measure"] = "bộ",
            ["quantity"] = "4",
            ["unitCost"] = cost,
            ["date"] = "15/03/2026",
            ["fundSource"] = "NSNN",
            ["autonomy"] = "autonomous",
            ["sector"] = "340-351",
            ["budgetItem"] = "6551",
            ["payment"] = "none",
            ["reason"] = "PNK 1",
        };
        var dear = await Forms.PostAsync(accountant, Receive, Fields("40.000.000"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dear.StatusCode);
        Assert.Contains("tài sản cố định", await dear.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/cong-cu/xem?ma=CC-W1")).StatusCode);

        var received = await Forms.PostAsync(accountant, Receive, Fields("250.000"));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        Assert.Equal("/cong-cu/xem?ma=CC-W1", received.Headers.Location!.ToString());
        var tool = "/cong-cu/xem?ma=CC-W1";
        Assert.Contains("id=\"issue-form\"", await accountant.GetStringAsync(tool));

        var tooMany = await Forms.PostAsync(accountant, tool, new() { ["quantity"] = "10", ["date"] = "16/03/2026" }, tool + "&handler=Issue");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        var issued = await Forms.PostAsync(accountant, tool, new() { ["quantity"] = "1", ["date"] = "15/03/2026", ["custodian"] = "Phòng Hành chính", ["reason"] = "PXK 1" }, tool + "&handler=Issue");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var row = (await accountant.GetFromJsonAsync<JsonElement>("/api/tools?unit=VPTU")).EnumerateArray().Single(t => t.GetProperty("code").GetString() == "CC-W1");
        Assert.Equal(3, row.GetProperty("in_store").GetInt32());
        Assert.Equal(750_000, row.GetProperty("in_store_value").GetInt64());

        var auditor = await factory.SignedInAsync("kiemtoan");
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.GetAsync(Receive)).StatusCode);
        Assert.DoesNotContain("id=\"issue-form\"", await auditor.GetStringAsync(tool));
        var refused = await Forms.PostAsync(auditor, tool, new() { ["quantity"] = "1" }, tool + "&handler=Issue");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("thutruong.btc")).GetAsync(tool)).StatusCode);
    }

    [Fact]
    public async Task APurchaseWithPartyFunds_OpensItsChain_AndTheCardComesWithTheSignature_AnEstimateFundIsSentToASpendingRequest()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        const string Buy = "/tai-san/mua";
        Dictionary<string, string> Fields(string code, string fund) => new()
        {
            ["unit"] = "VPTU",
            ["code"] = code,
            ["name"] = "Máy chiếu",
            ["class"] = "MAY-TINH",
            ["amount"] = "30.000.000",
            ["date"] = "10/03/2026",
            ["method"] = "cash",
            ["fundSource"] = fund,
            ["autonomy"] = "autonomous",
            ["sector"] = "340-351",
            ["budgetItem"] = "6956",
            ["reason"] = "QĐ 5/QĐ-VPTU",
        };
        var state = await Forms.PostAsync(accountant, Buy, Fields("TS-W2", "NSNN"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, state.StatusCode);
        Assert.Contains("assets.through-spending", await state.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/api/assets/TS-W2")).StatusCode);

        // The purchase opens the chain the purchase rules name; the card is written only when its decider signs.
        var bought = await Forms.PostAsync(accountant, Buy, Fields("TS-W1", "DANGPHI"));
        Assert.Equal(HttpStatusCode.Redirect, bought.StatusCode);
        var chain = bought.Headers.Location!.OriginalString;
        Assert.StartsWith("/duyet/ho-so/", chain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/api/assets/TS-W1")).StatusCode);
        var head = await factory.SignedInAsync("thutruong.vptu");
        var signed = await head.PostAsJsonAsync("/api/approvals/" + chain["/duyet/ho-so/".Length..] + "/approve", new { decision_no = "7/QĐ-VPTU", date = "2026-03-10" });
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        var card = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/TS-W1");
        Assert.Equal(30_000_000, card.GetProperty("funding").GetProperty("party").GetInt64());

        var auditor = await factory.SignedInAsync("kiemtoan");
        Assert.Equal(HttpStatusCode.Redirect, (await auditor.GetAsync(Buy)).StatusCode);
    }
}

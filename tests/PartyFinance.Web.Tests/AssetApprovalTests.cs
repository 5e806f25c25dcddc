using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartyFinance.Web.Tests;

/// <summary>
/// Asset chains signed on the web as `approval approve|reject` signs them: each appears only in its waiting decider's inbox
/// (booked cost, rule, citation, chain), the maker and other units cannot sign or see it, approving the last step carries the
/// action out, a rejection needs a reason and posts nothing; a stocktake's shortage reaches the inbox the same way.
/// </summary>
public sealed partial class AssetApprovalTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task ATransfer_AppearsInEachDecidersInbox_WithCostRuleAndChain_AndTheLastSignatureMovesTheAsset()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var opened = await OpenAsync(accountant, "VPTU-DH-01", new { action = "transfer", date = "2026-03-15", to = "BTC", reason = "Điều chuyển theo nhu cầu" });
        var id = opened.GetProperty("approval_id").GetGuid();
        var cost = (await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-DH-01")).GetProperty("original_cost").GetInt64();

        // The maker cannot sign (maker ≠ checker), neither on the page nor by the API.
        Assert.DoesNotContain(id.ToString(), await accountant.GetStringAsync("/duyet"));
        var self = await accountant.PostAsJsonAsync($"/api/approvals/{id}/approve", new { decision_no = "1/QĐ", date = "2026-03-15" });
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);

        // Another unit's head sees nothing of it.
        var other = await factory.SignedInAsync("thutruong.btc");
        Assert.DoesNotContain(id.ToString(), await other.GetStringAsync("/duyet"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/duyet/ho-so/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/approvals/{id}/approve", new { decision_no = "1/QĐ", date = "2026-03-15" })).StatusCode);

        var view = await accountant.GetFromJsonAsync<JsonElement>($"/api/approvals/{id}");
        Assert.False(view.GetProperty("may_sign").GetBoolean());
        var steps = view.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("decider").GetString()!).ToList();
        Assert.NotEmpty(steps);
        for (var i = 0; i < steps.Count; i++)
        {
            var signer = await factory.SignedInAsync(Signer(steps[i], "VPTU"));
            var inbox = await signer.GetStringAsync("/duyet");
            Assert.Contains($"/duyet/ho-so/{id}", inbox);
            Assert.Contains(Domain.Common.VietnameseFormat.Amount(cost), inbox);
            Assert.Contains(view.GetProperty("citation").GetString()!, inbox);
            Assert.Contains("Điều chuyển tài sản VPTU-DH-01 sang BTC", inbox);
            Assert.Contains("đang chờ", inbox);
            var page = $"/duyet/ho-so/{id}";
            var signed = await Forms.PostAsync(signer, page, new() { ["decisionNo"] = $"{i + 1}/QĐ-TU", ["date"] = "15/03/2026" }, page + "?handler=Approve");
            Assert.True(signed.StatusCode == HttpStatusCode.Redirect, await signed.Content.ReadAsStringAsync());
            Assert.DoesNotContain($"/duyet/ho-so/{id}", await signer.GetStringAsync("/duyet"));
        }

        var card = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-DH-01");
        Assert.Equal("BTC", card.GetProperty("unit").GetString());
        Assert.Equal("done", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("status").GetString());
        var after = await accountant.GetFromJsonAsync<JsonElement>($"/api/approvals/{id}");
        Assert.Equal("released", after.GetProperty("status").GetString());
        var shown = await accountant.GetStringAsync($"/duyet/ho-so/{id}");
        Assert.Contains("đã phê duyệt xong; chứng từ ", shown);
        Assert.Contains("1/QĐ-TU", shown);
    }

    [Fact]
    public async Task ARejection_NeedsAReason_PostsNothing_AndEndsTheAction()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var opened = await OpenAsync(accountant, "VPTU-MT-01", new { action = "liquidate", date = "2026-03-15", proceeds = 1_000_000L, reason = "Hư hỏng" });
        var id = opened.GetProperty("approval_id").GetGuid();
        var first = opened.GetProperty("steps").EnumerateArray().First().GetProperty("decider").GetString()!;
        var signer = await factory.SignedInAsync(Signer(first, "VPTU"));
        var page = $"/duyet/ho-so/{id}";

        var noReason = await Forms.PostAsync(signer, page, new() { ["reason"] = " " }, page + "?handler=Reject");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("id=\"errors\"", await noReason.Content.ReadAsStringAsync());
        var noNumber = await Forms.PostAsync(signer, page, new() { ["decisionNo"] = "", ["date"] = "15/03/2026" }, page + "?handler=Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noNumber.StatusCode);
        var badDate = await Forms.PostAsync(signer, page, new() { ["decisionNo"] = "3/QĐ", ["date"] = "31/02/2026" }, page + "?handler=Approve");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badDate.StatusCode);
        Assert.Equal("pending", (await accountant.GetFromJsonAsync<JsonElement>($"/api/approvals/{id}")).GetProperty("status").GetString());

        var rejected = await Forms.PostAsync(signer, page, new() { ["reason"] = "Còn sử dụng được" }, page + "?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var card = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-MT-01");
        Assert.Equal("in-use", card.GetProperty("status").GetString());
        Assert.Equal("rejected", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("status").GetString());
        var json = await accountant.GetFromJsonAsync<JsonElement>($"/api/approvals/{id}");
        Assert.Equal("rejected", json.GetProperty("status").GetString());
        Assert.Equal("rejected", json.GetProperty("asset_action").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Signing_WithoutTheFormsAntiforgeryToken_IsRefused_AndTheAuditorHasNoInboxItem()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var opened = await OpenAsync(accountant, "BTC-MT-01", new { action = "destroy", date = "2026-03-15", reason = "Hỏng không sửa được" });
        var id = opened.GetProperty("approval_id").GetGuid();
        var first = opened.GetProperty("steps").EnumerateArray().First().GetProperty("decider").GetString()!;
        var signer = await factory.SignedInAsync(Signer(first, "BTC"));
        signer.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        var forged = await signer.PostAsync($"/duyet/ho-so/{id}?handler=Approve",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["decisionNo"] = "9/QĐ", ["date"] = "15/03/2026" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var api = await signer.PostAsJsonAsync($"/api/approvals/{id}/approve", new { decision_no = "9/QĐ", date = "2026-03-15" });
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("pending", (await accountant.GetFromJsonAsync<JsonElement>($"/api/approvals/{id}")).GetProperty("status").GetString());

        var auditor = await factory.SignedInAsync("kiemtoan");
        Assert.Empty((await auditor.GetFromJsonAsync<JsonElement>("/api/approvals/documents")).EnumerateArray());
        var refused = await auditor.PostAsJsonAsync($"/api/approvals/{id}/reject", new { reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("access.not-permitted", Requests.Code(await Requests.ProblemAsync(refused)));
    }

    [Fact]
    public async Task AStocktakeShortage_OpensAWriteOff_ThatTheDeciderSignsFromTheInbox()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var started = await Forms.PostAsync(accountant, "/tai-san/kiem-ke", new() { ["unit"] = "BNC", ["date"] = "15/03/2026" }, "/tai-san/kiem-ke?handler=Start");
        var sheet = Regex.Match(await started.Content.ReadAsStringAsync(), "Phiếu kiểm kê số (\\d+)").Groups[1].Value;
        var counted = await Forms.UploadAsync(accountant, "/tai-san/kiem-ke", "/tai-san/kiem-ke?handler=Count", "count", "kiem-dem.csv",
            "code,found\nBNC-MT-01,yes\nBNC-DH-01,no\n", new() { ["id"] = sheet });
        Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        var closed = await Forms.PostAsync(accountant, "/tai-san/kiem-ke", new() { ["id"] = sheet }, "/tai-san/kiem-ke?handler=Close");
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var card = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/BNC-DH-01");
        Assert.Equal("pending", Assert.Single(card.GetProperty("actions").EnumerateArray()).GetProperty("status").GetString());
        var head = await factory.SignedInAsync("thutruong.bnc");
        var chief = await factory.SignedInAsync("chanhvanphong");
        var waiting = (await head.GetFromJsonAsync<JsonElement>("/api/approvals/documents")).EnumerateArray()
            .Concat((await chief.GetFromJsonAsync<JsonElement>("/api/approvals/documents")).EnumerateArray())
            .Where(a => a.GetProperty("asset_action").ValueKind == JsonValueKind.Object && a.GetProperty("asset_action").GetProperty("asset").GetString() == "BNC-DH-01")
            .ToList();
        var item = Assert.Single(waiting);
        Assert.Equal("write-off", item.GetProperty("asset_action").GetProperty("action").GetString());
        Assert.Equal(card.GetProperty("original_cost").GetInt64(), item.GetProperty("value").GetInt64());
    }

    private static string Signer(string decider, string unit) => decider switch
    {
        "unit-head" => "thutruong." + unit.ToLowerInvariant(),
        "office-chief" => "chanhvanphong",
        "standing-board" => "thuongtruc",
        "standing-committee" => "bantv",
        _ => throw new ArgumentOutOfRangeException(nameof(decider), decider, null),
    };

    private static async Task<JsonElement> OpenAsync(HttpClient client, string code, object body)
    {
        var opened = await client.PostAsJsonAsync($"/api/assets/{code}/actions", body);
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        return await opened.Content.ReadFromJsonAsync<JsonElement>();
    }
}

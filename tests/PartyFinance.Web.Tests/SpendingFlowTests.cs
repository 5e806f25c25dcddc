using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PartyFinance.Web.Tests;

/// <summary>Through /api: request → inbox with availability, rule and chain → approve → pay → voucher and budget status.</summary>
public sealed class SpendingFlowTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task Request_IsApprovedByTheUnitHead_PaidByTheAccountant_AndTheLineDropsByTheAmount()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var head = await factory.SignedInAsync("thutruong.vptu");
        var before = await Requests.AvailableAsync(accountant);
        var spentBefore = await Requests.SpentAsync(accountant);

        var id = await Requests.CreateAsync(accountant, 3_000_000);

        var inbox = await head.GetFromJsonAsync<JsonElement>("/api/approvals/inbox");
        var item = inbox.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);
        Assert.Equal(3_000_000, item.GetProperty("amount").GetInt64());
        Assert.Equal(before, item.GetProperty("available").GetInt64());
        var approval = item.GetProperty("approval");
        Assert.Equal("unit-head", approval.GetProperty("decider").GetString());
        Assert.Contains("quy chế chi tiêu nội bộ", approval.GetProperty("citation").GetString());
        Assert.Null(approval.GetProperty("steps")[0].GetProperty("signed_by").GetString());

        var approved = await head.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "45/QĐ-VPTU" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        var afterApproval = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approved", afterApproval.GetProperty("status").GetString());
        Assert.Equal("thutruong.vptu", afterApproval.GetProperty("approval").GetProperty("steps")[0].GetProperty("signed_by").GetString());
        Assert.Equal(before - 3_000_000, await Requests.AvailableAsync(accountant));

        var paid = await accountant.PostAsJsonAsync($"/api/spending/{id}/pay", new { date = "2026-03-15" });
        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());
        var voucherNo = (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("voucher_no").GetString()!;

        var voucher = await accountant.GetFromJsonAsync<JsonElement>("/api/voucher?number=" + Uri.EscapeDataString(voucherNo));
        Assert.Equal(3_000_000, voucher.GetProperty("amount").GetInt64());
        Assert.Equal(before - 3_000_000, await Requests.AvailableAsync(accountant));
        Assert.Equal(spentBefore + 3_000_000, await Requests.SpentAsync(accountant));
        var inboxAfter = await head.GetFromJsonAsync<JsonElement>("/api/approvals/inbox");
        Assert.DoesNotContain(inboxAfter.EnumerateArray(), r => r.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Reject_WithoutReason_IsRefusedWithTheStableCode_AndWithOneEndsTheRequest()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var head = await factory.SignedInAsync("thutruong.vptu");
        var id = await Requests.CreateAsync(accountant, 1_000_000);

        var refused = await head.PostAsJsonAsync($"/api/spending/{id}/reject", new { reason = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await Requests.ProblemAsync(refused);
        Assert.Contains("lý do", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        var rejected = await head.PostAsJsonAsync($"/api/spending/{id}/reject", new { reason = "Không cần thiết" });
        Assert.True(rejected.IsSuccessStatusCode, await rejected.Content.ReadAsStringAsync());
        Assert.Equal("rejected", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Approval_OverTheAvailableEstimate_IsRefusedAsProblemDetails()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var available = await Requests.AvailableAsync(accountant, "6651");
        var created = await accountant.PostAsJsonAsync("/api/spending", new
        {
            unit = "VPTU",
            year = 2026,
            fund_source = "NSNN",
            autonomy = "autonomous",
            sector = "340-351",
            budget_item = "6651",
            amount = available + 1,
            purpose = "Vượt",
            submit = true,
        });
        var json = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotNull(json.GetProperty("budget_warning").GetString());
        var id = json.GetProperty("request").GetProperty("id").GetInt64();

        // Each step of the chain signed by its decider; the final signature runs the enforced budget check.
        var signers = new Dictionary<string, string> { ["unit-head"] = "thutruong.vptu", ["office-chief"] = "chanhvanphong", ["standing-board"] = "thuongtruc", ["standing-committee"] = "bantv" };
        var steps = json.GetProperty("request").GetProperty("approval").GetProperty("steps").EnumerateArray().Select(st => st.GetProperty("decider").GetString()!).ToList();
        HttpResponseMessage last = null!;
        foreach (var decider in steps)
        {
            var signer = await factory.SignedInAsync(signers[decider]);
            last = await signer.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "1/QĐ-" + decider });
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, last.StatusCode);
        var problem = await Requests.ProblemAsync(last);
        Assert.Equal("budget.insufficient", Requests.Code(problem));
        Assert.Contains("không đủ", problem.GetProperty("detail").GetString());
        Assert.Equal(available, await Requests.AvailableAsync(accountant, "6651"));
    }
}

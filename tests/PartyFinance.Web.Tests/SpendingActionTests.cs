using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PartyFinance.Web.Tests;

/// <summary>Cancel and settle (advance settlement) on the request page and the API, with their refusals; recurring plans (list, add, approve, run).</summary>
public sealed class SpendingActionTests(WebFactory factory) : IClassFixture<WebFactory>
{
    [Fact]
    public async Task CancelForm_OfAnApprovedRequest_NeedsAReason_ThenReleasesTheCommitment()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var head = await factory.SignedInAsync("thutruong.vptu");
        var before = await Requests.AvailableAsync(accountant);
        var id = await Requests.CreateAsync(accountant, 900_000);
        Assert.True((await head.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "7/QĐ-VPTU" })).IsSuccessStatusCode);
        Assert.Equal(before - 900_000, await Requests.AvailableAsync(accountant));

        var page = await accountant.GetStringAsync($"/chi/{id}");
        Assert.Contains("id=\"cancel-form\"", page);
        var refused = await Forms.PostAsync(accountant, $"/chi/{id}", new() { ["reason"] = "" }, $"/chi/{id}?handler=Cancel");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("spending.reason-required", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before - 900_000, await Requests.AvailableAsync(accountant));

        var cancelled = await Forms.PostAsync(accountant, $"/chi/{id}", new() { ["reason"] = "Không mua nữa" }, $"/chi/{id}?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("đã hủy", await accountant.GetStringAsync($"/chi/{id}"));
        Assert.Equal(before, await Requests.AvailableAsync(accountant));
    }

    [Fact]
    public async Task CancelAndSettle_OfAnotherUnitsRequest_AreNotFound_AndWithoutTheAntiforgeryHeader_Refused()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var id = await Requests.CreateAsync(accountant, 300_000);
        var other = await factory.SignedInAsync("thutruong.btc");
        var cancel = await other.PostAsJsonAsync($"/api/spending/{id}/cancel", new { reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal("access.not-permitted", Requests.Code(await Requests.ProblemAsync(cancel)));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/chi/{id}")).StatusCode);

        accountant.DefaultRequestHeaders.Remove(Security.Antiforgery.HeaderName);
        var forged = await accountant.PostAsJsonAsync($"/api/spending/{id}/cancel", new { reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("submitted", (await accountant.GetFromJsonAsync<JsonElement>($"/api/spending/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnAdvance_IsPaid_ThenSettledOnItsPage_WithTheActual_AndTheRestReleased()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var head = await factory.SignedInAsync("thutruong.vptu");
        var created = await accountant.PostAsJsonAsync("/api/spending", new
        {
            unit = "VPTU",
            year = 2026,
            fund_source = "NSNN",
            autonomy = "autonomous",
            sector = "340-351",
            budget_item = Requests.Item,
            amount = 2_000_000L,
            purpose = "Tạm ứng công tác phí",
            counterparty = "Nguyễn Văn A",
            submit = true,
            advance = true,
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("request").GetProperty("id").GetInt64();
        Assert.True((await head.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "8/QĐ-VPTU" })).IsSuccessStatusCode);
        var refused = await accountant.PostAsJsonAsync($"/api/spending/{id}/pay", new { date = "2026-03-15" });
        Assert.Equal("budget.cash-not-withdrawn", Requests.Code(await Requests.ProblemAsync(refused)));

        // An advance is paid from cash withdrawn on its line first (voucher event withdraw-cash).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Security.ActingUser>().Login = "ketoan";
            var withdrawn = await scope.ServiceProvider.GetRequiredService<Application.Posting.PostEvent>().RunAsync("withdraw-cash", $"web-advance-{id}",
                new Domain.Budgeting.BudgetLineKey("VPTU", 2026, "NSNN", Domain.Budgeting.Autonomy.Autonomous, "340-351", Requests.Item), new DateOnly(2026, 3, 10), 2_000_000,
                "Rút tạm ứng về quỹ", null, "ketoan", CancellationToken.None);
            Assert.True(withdrawn.IsSuccess, withdrawn.IsFailure ? withdrawn.FirstError.Describe() : null);
        }

        var paid = await accountant.PostAsJsonAsync($"/api/spending/{id}/pay", new { date = "2026-03-15" });
        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());
        var page = await accountant.GetStringAsync($"/chi/{id}");
        Assert.Contains("id=\"settle-form\"", page);
        Assert.DoesNotContain("id=\"settle-form\"", await head.GetStringAsync($"/chi/{id}"));

        var settled = await Forms.PostAsync(accountant, $"/chi/{id}", new() { ["actual"] = "1.500.000", ["date"] = "20/03/2026" }, $"/chi/{id}?handler=Settle");
        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        var json = await accountant.GetFromJsonAsync<JsonElement>($"/api/spending/{id}");
        Assert.Equal("settled", json.GetProperty("status").GetString());
        Assert.Equal(1_500_000, json.GetProperty("settled_amount").GetInt64());
    }

    [Fact]
    public async Task RecurringPlan_IsAddedOnTheForm_ApprovedByTheUnitHead_NotByItsMaker_AndRunCreatesItsMonths()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var added = await Forms.PostAsync(accountant, "/chi/dinh-ky?unit=VPTU", new()
        {
            ["unit"] = "VPTU",
            ["line"] = "NSNN|autonomous|340-351|6501",
            ["amount"] = "2.000.000",
            ["schedule"] = "monthly",
            ["start"] = "01/2026",
            ["end"] = "12/2026",
            ["counterparty"] = "Công ty vệ sinh",
            ["purpose"] = "Vệ sinh trụ sở",
        }, "/chi/dinh-ky?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var plan = added.Headers.Location!.ToString();
        Assert.Matches(@"^/chi/dinh-ky/\d+$", plan);
        Assert.Contains("Công ty vệ sinh", await accountant.GetStringAsync("/chi/dinh-ky"));

        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(accountant, plan, [], plan + "?handler=Submit")).StatusCode);
        var self = await Forms.PostAsync(accountant, plan, new() { ["decisionNo"] = "1/QĐ" }, plan + "?handler=Approve");
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Contains("đã trình", await accountant.GetStringAsync(plan));

        var other = await factory.SignedInAsync("thutruong.btc");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(plan)).StatusCode);

        var head = await factory.SignedInAsync("thutruong.vptu");
        var page = await head.GetStringAsync(plan);
        Assert.Contains("Điều 5 khoản 1", page);
        Assert.Contains("id=\"approve-form\"", page);
        var approved = await Forms.PostAsync(head, plan, new() { ["decisionNo"] = "9/QĐ-VPTU", ["date"] = "15/03/2026" }, plan + "?handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("đã duyệt", await head.GetStringAsync(plan));

        var chief = await factory.SignedInAsync("ketoantruong");
        var run = await Forms.PostAsync(chief, "/chi/dinh-ky", new() { ["through"] = "03/2026" }, "/chi/dinh-ky?handler=Run");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var id = long.Parse(plan[(plan.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var rows = await chief.GetFromJsonAsync<JsonElement>("/api/spending?unit=VPTU");
        Assert.True(rows.EnumerateArray().Count(r => r.TryGetProperty("plan", out var p) && p.ValueKind == JsonValueKind.Number && p.GetInt64() == id) >= 3, rows.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, (await Forms.PostAsync(head, "/chi/dinh-ky", new() { ["through"] = "03/2026" }, "/chi/dinh-ky?handler=Run")).StatusCode);
    }

    [Fact]
    public async Task PlanApi_RefusesABadMonth_NamingTheField_AndAddsAPlan()
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var bad = await accountant.PostAsJsonAsync("/api/plans", new
        {
            unit = "VPTU",
            fund_source = "NSNN",
            autonomy = "autonomous",
            sector = "340-351",
            budget_item = "6501",
            amount = 1_000_000L,
            schedule = "monthly",
            start = "2026-13",
            counterparty = "A",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("start", (await Requests.ProblemAsync(bad)).GetProperty("errors").ToString());

        var ok = await accountant.PostAsJsonAsync("/api/plans", new
        {
            unit = "VPTU",
            fund_source = "NSNN",
            autonomy = "autonomous",
            sector = "340-351",
            budget_item = "6501",
            amount = 1_000_000L,
            schedule = "quarterly",
            start = "2026-04",
            counterparty = "Công ty B",
        });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal("draft", (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Contains("Công ty B", (await accountant.GetFromJsonAsync<JsonElement>("/api/plans")).ToString());
    }
}

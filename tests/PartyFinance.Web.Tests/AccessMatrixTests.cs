using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace PartyFinance.Web.Tests;

/// <summary>
/// Role × scope: every operation of /api by every demo role, on VPTU's books. A unit head of BTC
/// sees and signs nothing of VPTU; the auditor reads and changes nothing; each change is allowed only
/// to the roles of db/authority/permissions.csv — the same AccessGuard the CLI uses.
/// </summary>
public sealed class AccessMatrixTests(WebFactory factory) : IClassFixture<WebFactory>
{
    public static TheoryData<string, string, int, string?> Cases => new()
    {
        // operation, login, HTTP status, stable code of the refusal
        { "request", "ketoan", 201, null },
        { "request", "ketoantruong", 201, null },
        { "request", "thutruong.vptu", 403, "access.not-permitted" },
        { "request", "thutruong.btc", 403, "access.not-permitted" },
        { "request", "kiemtoan", 403, "access.not-permitted" },
        { "request", "chanhvanphong", 403, "access.not-permitted" },
        { "request", "quantri", 403, "access.not-permitted" },
        { "approve", "thutruong.vptu", 200, null },
        { "approve", "thutruong.btc", 403, "access.not-permitted" },
        { "approve", "ketoan", 403, "access.not-permitted" },
        { "approve", "kiemtoan", 403, "access.not-permitted" },
        { "approve", "chanhvanphong", 422, "authority.approver-out-of-scope" },
        { "reject", "thutruong.btc", 403, "access.not-permitted" },
        { "reject", "ketoantruong", 403, "access.not-permitted" },
        { "pay", "ketoan", 200, null },
        { "pay", "thutruong.vptu", 403, "access.not-permitted" },
        { "pay", "kiemtoan", 403, "access.not-permitted" },
        { "pay", "thutruong.btc", 403, "access.not-permitted" },
        { "reverse", "ketoantruong", 200, null },
        { "reverse", "ketoan", 403, "access.not-permitted" },
        { "reverse", "thutruong.vptu", 403, "access.not-permitted" },
        { "reverse", "kiemtoan", 403, "access.not-permitted" },
        { "lock", "ketoantruong", 204, null },
        { "lock", "ketoan", 403, "access.not-permitted" },
        { "lock", "thutruong.vptu", 403, "access.not-permitted" },
        { "lock", "kiemtoan", 403, "access.not-permitted" },
        { "voucher", "ketoan", 201, null },
        { "voucher", "kiemtoan", 403, "access.not-permitted" },
        { "voucher", "thutruong.vptu", 403, "access.not-permitted" },
        { "voucher", "thutruong.btc", 403, "access.not-permitted" },
        { "read-status", "thutruong.vptu", 200, null },
        { "read-status", "kiemtoan", 200, null },
        { "read-status", "thutruong.btc", 403, "access.not-permitted" },
        { "read-request", "thutruong.vptu", 200, null },
        { "read-request", "thutruong.btc", 404, "spending.request-not-found" },
        { "read-voucher", "kiemtoan", 200, null },
        { "read-voucher", "thutruong.btc", 404, "ledger.voucher-not-found" },
        { "read-inbox-foreign", "thutruong.btc", 200, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachOperation_IsAllowedOnlyToItsRolesAndScopes(string operation, string login, int status, string? code)
    {
        var accountant = await factory.SignedInAsync("ketoan");
        var client = await factory.SignedInAsync(login);
        var response = operation switch
        {
            "request" => await client.PostAsJsonAsync("/api/spending", Requests.NewRequest(1_000_000, submit: false)),
            "approve" => await client.PostAsJsonAsync($"/api/spending/{await Requests.CreateAsync(accountant, 1_000_000)}/approve", new { decision_no = "9/QĐ" }),
            "reject" => await client.PostAsJsonAsync($"/api/spending/{await Requests.CreateAsync(accountant, 1_000_000)}/reject", new { reason = "Không" }),
            "pay" => await client.PostAsJsonAsync($"/api/spending/{await ApprovedAsync(accountant)}/pay", new { date = "2026-03-15" }),
            "reverse" => await client.PostAsJsonAsync("/api/vouchers/reverse", new { number = "VPTU/PC/2026/000001", date = "2026-03-15", reason = "Ghi sai" }),
            "lock" => await client.PostAsJsonAsync("/api/periods/lock", new { unit = "VPTU", year = 2026, month = 1 }),
            "voucher" => await client.PostAsJsonAsync("/api/vouchers", CashVoucher("VPTU")),
            "read-status" => await client.GetAsync("/api/budget/status?unit=VPTU&year=2026"),
            "read-request" => await client.GetAsync($"/api/spending/{await Requests.CreateAsync(accountant, 1_000_000)}"),
            "read-voucher" => await client.GetAsync("/api/voucher?number=VPTU/PC/2026/000002"),
            "read-inbox-foreign" => await InboxHasNoVptuAsync(client, await Requests.CreateAsync(accountant, 1_000_000)),
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };

        Assert.True((int)response.StatusCode == status, $"{operation} by {login}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (code is not null)
        {
            Assert.Equal(code, Requests.Code(await Requests.ProblemAsync(response)));
        }
    }

    [Fact]
    public async Task TheMaker_CannotApproveTheirOwnRequest_EvenHoldingTheApproversRole()
    {
        // One person who is both the unit's accountant and its head: the chain refuses the maker.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var add = scope.ServiceProvider.GetRequiredService<Application.Authority.AddUser>();
            foreach (var role in new[] { Domain.Authority.Role.Accountant, Domain.Authority.Role.UnitHead })
            {
                var added = await add.ExecuteAsync(new Application.Authority.AddUserRequest("kiemnhiem", "Người kiêm nhiệm", role, Domain.Authority.RoleScope.Unit("VPTU"), new DateOnly(2026, 1, 1), null), "quantri", CancellationToken.None);
                Assert.True(added.IsSuccess, added.IsFailure ? added.FirstError.Describe() : null);
            }

            var set = scope.ServiceProvider.GetRequiredService<Application.Authority.SetPassword>();
            Assert.True((await set.RunAsync("kiemnhiem", WebFactory.Password, "quantri", Application.Authority.LockoutPolicy.Default, CancellationToken.None)).IsSuccess);
        }

        var both = await factory.SignedInAsync("kiemnhiem");
        var id = await Requests.CreateAsync(both, 1_000_000);
        var refused = await both.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "1/QĐ" });
        Assert.Equal("authority.maker-cannot-approve", Requests.Code(await Requests.ProblemAsync(refused)));
    }

    private static object CashVoucher(string unit) => new
    {
        date = "2026-03-10",
        unit,
        type = "PT",
        description = "Rút tiền gửi về quỹ",
        lines = new object[] { new { account = "1111", debit = 5_000_000 }, new { account = "1121", credit = 5_000_000 } },
    };

    private async Task<long> ApprovedAsync(HttpClient accountant)
    {
        var id = await Requests.CreateAsync(accountant, 1_000_000);
        var head = await factory.SignedInAsync("thutruong.vptu");
        var approved = await head.PostAsJsonAsync($"/api/spending/{id}/approve", new { decision_no = "8/QĐ" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<HttpResponseMessage> InboxHasNoVptuAsync(HttpClient client, long vptuRequest)
    {
        var response = await client.GetAsync("/api/approvals/inbox");
        var inbox = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(inbox.EnumerateArray(), r => r.GetProperty("id").GetInt64() == vptuRequest || r.GetProperty("unit").GetString() == "VPTU");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/spending");
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("unit").GetString() == "VPTU");
        return response;
    }
}

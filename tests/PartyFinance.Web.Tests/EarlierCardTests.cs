using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Web.Tests;

/// <summary>
/// A code whose card was reversed and taken again (M0015: assets.code the key, register_code the code people see): the card
/// page and GET /api/assets/{code} show the card holding the code and, below it, the earlier cards with their key, status,
/// the cost they were recognised at and a link to each, as `asset show` does. The situation is built through the use cases:
/// a computer bought by a paid spending request, the payment reversed, the request paid again (a new card takes the code).
/// </summary>
public sealed class EarlierCardTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Code = "TS-E1";

    [Fact]
    public async Task ACodeTakenAgain_ShowsItsEarlierCardOnTheCardAndInTheApi_WithKeyStatusCostAndLink()
    {
        var (reversedVoucher, voucher) = await ReuseTheCodeAsync();
        var accountant = await factory.SignedInAsync("ketoan");

        var card = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/" + Code);
        Assert.Equal((Code, Code + "#2", "in-use", 25_000_000L), (card.GetProperty("code").GetString(), card.GetProperty("key").GetString(),
            card.GetProperty("status").GetString(), card.GetProperty("original_cost").GetInt64()));
        Assert.Equal(voucher, card.GetProperty("history")[0].GetProperty("vouchers").GetString());
        var earlier = Assert.Single(card.GetProperty("earlier_cards").EnumerateArray());
        Assert.Equal((Code, Code, "purchase-reversed", 0L, 25_000_000L, "Máy tính xách tay"), (earlier.GetProperty("code").GetString(), earlier.GetProperty("key").GetString(),
            earlier.GetProperty("status").GetString(), earlier.GetProperty("original_cost").GetInt64(), earlier.GetProperty("recognised_cost").GetInt64(),
            earlier.GetProperty("name").GetString()));
        Assert.Equal(["purchase", "purchase-reversed"], earlier.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()));
        Assert.Equal(reversedVoucher, earlier.GetProperty("history")[0].GetProperty("vouchers").GetString());
        var link = earlier.GetProperty("page").GetString()!;
        Assert.Equal("/tai-san/the?ma=TS-E1&the=TS-E1", link);

        var page = await accountant.GetStringAsync("/tai-san/the?ma=" + Code);
        var section = page[page.IndexOf("id=\"earlier-cards\"", StringComparison.Ordinal)..];
        Assert.Contains("Thẻ trước đây của mã này", section);
        Assert.Contains("<td>TS-E1</td><td>Máy tính xách tay</td><td>VPTU</td><td>Đã hủy ghi tăng (đảo chứng từ mua)</td>", section);
        Assert.Contains("25.000.000", section);
        Assert.Contains(reversedVoucher, section);
        Assert.Contains("href=\"/tai-san/the?ma=TS-E1&amp;the=TS-E1\"", section);
        Assert.Contains("id=\"action-form\"", page); // the card holding the code is in use

        // The earlier card's own page: its history, read-only, pointing back to the card that holds the code now.
        var shown = await accountant.GetStringAsync(link);
        Assert.Contains("id=\"earlier-card-notice\"", shown);
        Assert.Contains("href=\"/tai-san/the?ma=TS-E1\" id=\"holder-link\"", shown);
        Assert.Contains("Máy tính xách tay", shown);
        Assert.Contains(reversedVoucher, shown);
        Assert.DoesNotContain("id=\"action-form\"", shown);
        Assert.DoesNotContain("id=\"earlier-cards\"", shown);
        Assert.Contains(voucher, page);
        Assert.DoesNotContain(voucher, shown);

        // A key the code never had is no card; the card holding the code is the page without a key.
        Assert.Equal(HttpStatusCode.NotFound, (await accountant.GetAsync("/tai-san/the?ma=TS-E1&the=TS-E1%233")).StatusCode);
        Assert.Contains("id=\"action-form\"", await accountant.GetStringAsync("/tai-san/the?ma=TS-E1&the=TS-E1%232"));

        // A card that never lost its code lists no earlier card.
        var single = await accountant.GetFromJsonAsync<JsonElement>("/api/assets/VPTU-MT-01");
        Assert.Equal(0, single.GetProperty("earlier_cards").GetArrayLength());
        Assert.DoesNotContain("id=\"earlier-cards\"", await accountant.GetStringAsync("/tai-san/the?ma=VPTU-MT-01"));
    }

    /// <summary>Buys <see cref="Code"/> by a paid request, reverses the payment and pays the request again; returns the reversed voucher and the new one.</summary>
    private async Task<(string Reversed, string Paid)> ReuseTheCodeAsync()
    {
        var ct = CancellationToken.None;
        var key = new BudgetLineKey("VPTU", 2026, "NSNN", Autonomy.Autonomous, "340-351", "6956");
        const string Estimate = "unit,year,fund_source,autonomy,sector,budget_item,amount,decision_no,decision_date\nVPTU,2026,NSNN,autonomous,340-351,6956,100000000,12-QĐ/VPTU,2026-01-05\n";

        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var estimated = await new ImportEstimates(sp.GetRequiredService<IBudgetStore>(), sp.GetRequiredService<BudgetReference>(), sp.GetRequiredService<IVoucherPoster>(),
            sp.GetRequiredService<AccessGuard>(), "ketoantruong").RunAsync(new StringReader(Estimate), ct);
        Assert.True(estimated.IsSuccess, Describe(estimated.Errors));

        var created = await sp.GetRequiredService<CreateSpendingRequest>().RunAsync(new NewSpendingRequest(key, 25_000_000, "Mua máy tính", "ketoan",
            Asset: new AssetPurchaseInput("MAY-TINH", "Máy tính xách tay", Code, "Phòng Tài chính", "Nguyễn Văn A")), ct);
        Assert.True(created.IsSuccess, Describe(created.Errors));
        var id = created.Value.Request.Id;
        var submitted = await sp.GetRequiredService<SubmitRequest>().RunAsync(id, "ketoan", ct);
        Assert.True(submitted.IsSuccess, Describe(submitted.Errors));
        var approved = await sp.GetRequiredService<ApproveRequest>().RunAsync(id, "thutruong.vptu", new DateOnly(2026, 3, 10), "45/QĐ-VPTU", null, ct);
        Assert.True(approved.IsSuccess, Describe(approved.Errors));
        var paid = await sp.GetRequiredService<PayRequest>().RunAsync(id, "ketoan", new DateOnly(2026, 3, 15), PaymentMethod.BudgetWithdrawal, false, ct);
        Assert.True(paid.IsSuccess, Describe(paid.Errors));
        var voucher = paid.Value.VoucherNo!;

        var reversed = await sp.GetRequiredService<ReverseSpendingVoucher>().RunAsync(voucher, new DateOnly(2026, 3, 20), "Nhầm nhà cung cấp", "ketoantruong", ct);
        Assert.True(reversed.IsSuccess, Describe(reversed.Errors));
        var again = await sp.GetRequiredService<PayRequest>().RunAsync(id, "ketoan", new DateOnly(2026, 3, 25), PaymentMethod.BudgetWithdrawal, false, ct);
        Assert.True(again.IsSuccess, Describe(again.Errors));
        return (voucher, again.Value.VoucherNo!);
    }

    private static string Describe(IEnumerable<Domain.Common.DomainError> errors) => string.Join(" ", errors.Select(e => $"[{e.Code}] {e.Message}"));
}

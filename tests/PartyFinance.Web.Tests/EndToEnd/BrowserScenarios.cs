using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PartyFinance.Web.Tests.EndToEnd;

/// <summary>The issue's two browser scenarios, in Chromium against the running application.</summary>
public sealed partial class BrowserScenarios(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string SpendLine = "NSNN|autonomous|340-351|6551";

    [ChromiumFact]
    public Task Accountant_Requests_UnitHeadSeesAvailabilityAndRuleAndApproves_AccountantPays_VoucherAppearsAndBudgetDrops() =>
        host.RunAsync("spending", async () =>
        {
            var accountant = await host.SignedInPageAsync("ketoan");
            var (spentBefore, availableBefore) = await StatusAsync(accountant);

            await accountant.GotoAsync("/chi/tao?unit=VPTU&year=2026");
            await accountant.SelectOptionAsync("#line", SpendLine);
            await Assertions.Expect(accountant.Locator("#availability")).ToContainTextAsync("Khả dụng:");
            await accountant.Locator("#amount").PressSequentiallyAsync("2500000");
            Assert.Equal("2.500.000", await accountant.InputValueAsync("#amount"));
            await accountant.FillAsync("#purpose", "Mua mực in");
            await accountant.ClickAsync("#create");
            await accountant.WaitForURLAsync(RequestPage());
            await Assertions.Expect(accountant.Locator("#status")).ToHaveTextAsync("đã trình");
            var id = RequestPage().Match(accountant.Url).Groups[1].Value;

            var head = await host.SignedInPageAsync("thutruong.vptu");
            await head.GotoAsync("/duyet");
            var item = head.Locator($"#inbox-{id}");
            await Assertions.Expect(item).ToContainTextAsync("2.500.000 đ");
            await Assertions.Expect(item.Locator(".available")).ToContainTextAsync(" đ");
            await Assertions.Expect(item.Locator(".rule")).ToContainTextAsync("Thủ trưởng đơn vị");
            await Assertions.Expect(item.Locator(".citation")).ToContainTextAsync("quy chế chi tiêu nội bộ");
            await Assertions.Expect(item.Locator(".chain")).ToContainTextAsync("đang chờ");
            await item.Locator("input[name=decisionNo]").FillAsync("45/QĐ-VPTU");
            await item.Locator("button.primary").ClickAsync();
            await head.WaitForURLAsync(RequestPage());
            await Assertions.Expect(head.Locator("#status")).ToHaveTextAsync("đã duyệt");

            await accountant.GotoAsync($"/chi/{id}");
            await accountant.ClickAsync("#pay");
            await Assertions.Expect(accountant.Locator("#status")).ToHaveTextAsync("đã chi");
            await accountant.ClickAsync("#voucher-link");
            await Assertions.Expect(accountant.Locator("#voucher")).ToContainTextAsync("2.500.000 đ");

            var (spentAfter, availableAfter) = await StatusAsync(accountant);
            Assert.Equal(spentBefore + 2_500_000, spentAfter);
            Assert.Equal(availableBefore - 2_500_000, availableAfter);
        });

    [ChromiumFact]
    public Task ThreeLineVoucher_IsEnteredByKeyboardAlone() =>
        host.RunAsync("voucher-keyboard", async () =>
        {
            var page = await host.SignedInPageAsync("ketoan");
            await page.GotoAsync("/chung-tu/nhap");
            var k = page.Keyboard;
            await Assertions.Expect(page.Locator("#unit")).ToBeFocusedAsync();
            await k.TypeAsync("VPTU");                           // unit: typed to the option
            await Assertions.Expect(page.Locator("#unit")).ToHaveValueAsync("VPTU");
            await k.PressAsync("Enter");
            await k.TypeAsync("PT");                             // voucher type: phiếu thu
            await k.PressAsync("Enter");
            await k.PressAsync("Enter");                         // date: today
            await k.TypeAsync("Rút tiền gửi về quỹ");
            await k.PressAsync("Enter");
            await Line(k, "1111", "5000000", null);
            await Assertions.Expect(page.Locator("#difference")).ToHaveTextAsync("5.000.000");
            await Line(k, "1121", null, "3000000");
            await Line(k, "1121", null, "2000000", last: true);
            await Assertions.Expect(page.Locator("#difference")).ToHaveTextAsync("0");
            await Assertions.Expect(page.Locator("#total-debit")).ToHaveTextAsync("5.000.000");
            await k.PressAsync("Control+Enter");

            await page.WaitForURLAsync(new Regex("/chung-tu/xem"));
            await Assertions.Expect(page.Locator("#voucher-number")).ToContainTextAsync("VPTU/PT/2026/");
            await Assertions.Expect(page.Locator("#voucher-lines tr")).ToHaveCountAsync(5);   // heading, three lines, totals
            await Assertions.Expect(page.Locator("#voucher")).ToContainTextAsync("PHIẾU THU");
        });

    [ChromiumFact]
    public Task AssetTransfer_ShowsTheDeciderBeforeItIsAsked_ThenOpensTheRequest() =>
        host.RunAsync("asset-action", async () =>
        {
            var page = await host.SignedInPageAsync("ketoan");
            await page.GotoAsync("/tai-san?unit=VPTU");
            await page.ClickAsync("text=VPTU-MT-01");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("VPTU-MT-01");
            await page.SelectOptionAsync("#kind", "transfer");
            await page.SelectOptionAsync("#to", "BTC");
            await page.FillAsync("#action-reason", "Điều chuyển theo nhu cầu sử dụng");
            await page.ClickAsync("#preview");
            await Assertions.Expect(page.Locator("#decision")).ToContainTextAsync("Thẩm quyền quyết định:");
            await Assertions.Expect(page.Locator("#decision .citation")).ToContainTextAsync("Căn cứ:");
            var decider = (await page.Locator("#decision strong").InnerTextAsync()).Replace("Thẩm quyền quyết định: ", string.Empty, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("#asset-actions tr")).ToHaveCountAsync(1);
            await page.ClickAsync("#request-action");
            await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("Thẩm quyền quyết định: " + decider);
            await Assertions.Expect(page.Locator("#asset-actions")).ToContainTextAsync("Chờ quyết định");
            await Assertions.Expect(page.Locator("#asset-unit")).ToHaveTextAsync("VPTU");
        });

    [ChromiumFact]
    public Task VoucherImport_WithErrors_ShowsEveryErrorBeforeAnythingIsStored() =>
        host.RunAsync("import-errors", async () =>
        {
            var page = await host.SignedInPageAsync("ketoan");
            await page.GotoAsync("/chung-tu/nhap-tep");
            var csv = "key,date,unit,type,description,account,debit,credit\ne1,2026-02-30,VPTU,PT,Thu,1111,10,\ne1,2026-02-30,VPTU,PT,,1121,,10\ne2,2026-03-02,VPTU,PT,Thu,1111,10,\ne2,2026-03-02,VPTU,PT,,1121,,9\n";
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "sai.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
            await page.ClickAsync("#check");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("không có dữ liệu nào được ghi");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("import.bad-date");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("ledger.unbalanced");
            await Assertions.Expect(page.Locator("#import-form")).ToHaveCountAsync(0);
        });

    [ChromiumFact]
    public Task AssetTransfer_IsSignedFromEachDecidersInbox_WithCostAndRule_AndTheAssetMoves() =>
        host.RunAsync("asset-approval", async () =>
        {
            var page = await host.SignedInPageAsync("ketoan");
            await page.GotoAsync("/tai-san/the?ma=VPTU-DH-01");
            await page.SelectOptionAsync("#kind", "transfer");
            await page.SelectOptionAsync("#to", "BTC");
            await page.FillAsync("#action-reason", "Điều chuyển cho Ban Tổ chức");
            await page.ClickAsync("#request-action");
            await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("Thẩm quyền quyết định:");
            await page.ClickAsync("#asset-actions a.approval-link");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Điều chuyển tài sản VPTU-DH-01 sang BTC");
            var steps = await page.Locator(".chain li").AllInnerTextsAsync();
            Assert.NotEmpty(steps);
            Assert.Equal(0, await page.Locator(".approve-form").CountAsync()); // the maker may not sign

            for (var i = 0; i < steps.Count; i++)
            {
                var signer = await host.SignedInPageAsync(Signer(steps[i]));
                await signer.GotoAsync("/duyet");
                var item = signer.Locator(".document-item", new() { HasText = "VPTU-DH-01" });
                await Assertions.Expect(item.Locator(".amount-value")).ToContainTextAsync(" đ");
                await Assertions.Expect(item.Locator(".citation")).Not.ToBeEmptyAsync();
                await Assertions.Expect(item.Locator(".chain li.waiting")).ToContainTextAsync("đang chờ");
                await item.Locator("input[name=decisionNo]").FillAsync($"{i + 7}/QĐ-TU");
                await item.Locator(".approve-form button").ClickAsync();
                await Assertions.Expect(signer.Locator(".done")).ToContainTextAsync("Đã duyệt bước " + (i + 1).ToString(CultureInfo.InvariantCulture));
            }

            await page.GotoAsync("/tai-san/the?ma=VPTU-DH-01");
            await Assertions.Expect(page.Locator("#asset-unit")).ToHaveTextAsync("BTC");
        });

    [ChromiumFact]
    public Task ToolImport_WithErrors_ShowsEveryErrorBeforeAnythingIsStored() =>
        host.RunAsync("tool-import-errors", async () =>
        {
            var page = await host.SignedInPageAsync("ketoan");
            await page.GotoAsync("/cong-cu");
            await page.ClickAsync("text=Nhập sổ công cụ, dụng cụ từ tệp");
            var csv = "code,name,unit,measure,quantity,unit_cost,fund_source,sector,budget_item\nCC-E1,Ghế,VPTU,cái,10,150.000,NSNN,340-351,6956\nCC-E2,Máy chiếu,VPTU,cái,1,40.000.000,NSNN,340-351,6956\nCC-E3,Bàn,VPTU,cái,x,1000,NSNN,340-351,6956\n";
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "cong-cu.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
            await page.FillAsync("#import-date", "01/01/2026");
            await page.ClickAsync("#check");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("không có dữ liệu nào được ghi");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Dòng 3, cột unit_cost");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Dòng 4, cột quantity");
            await Assertions.Expect(page.Locator("#import-form")).ToHaveCountAsync(0);
            await page.GotoAsync("/cong-cu");
            await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("CC-E1");
        });

    [ChromiumFact]
    public Task UnitImport_ShowsEveryErrorFirst_ThenTheCorrectedFileIsCheckedAndStored() =>
        host.RunAsync("unit-import", async () =>
        {
            var page = await host.SignedInPageAsync("quantri");
            await page.GotoAsync("/");
            await page.ClickAsync("nav >> text=Nhập tệp");
            await page.ClickAsync("#imports >> text=Danh mục đơn vị");
            const string Header = "code,name,kind,parent,chapter,valid_from,valid_to,successor\n";
            var bad = Header + "XE2E1,Chi bộ thử 1,chi-bo,VPTU,509,2026-01-01,,\nXE2E2,Chi bộ thử 2,party-agency,KHONGCO,509,2026-01-01,,\n";
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "don-vi.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(bad) });
            await page.ClickAsync("#check");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("không có dữ liệu nào được ghi");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("Dòng 2, cột kind");
            await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("KHONGCO");
            await Assertions.Expect(page.Locator("#import-form")).ToHaveCountAsync(0);

            var good = Header + "XE2E1,Chi bộ thử 1,party-agency,VPTU,509,2026-01-01,,\n";
            await page.SetInputFilesAsync("#file", new FilePayload { Name = "don-vi.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(good) });
            await page.ClickAsync("#check");
            await Assertions.Expect(page.Locator("#errors")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("#check-result")).ToContainTextAsync("sẽ ghi 1 đơn vị mới hoặc thay đổi");
            await page.ClickAsync("#import");
            await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("Đã ghi sổ don-vi.csv: 1 dòng; đã ghi 1 đơn vị");
            await page.GotoAsync("/api/units");
            await Assertions.Expect(page.Locator("body")).ToContainTextAsync("XE2E1");
        });

    /// <summary>The demo login that signs for a chain step shown as "1. Thủ trưởng đơn vị (quyết định) — đang chờ".</summary>
    private static string Signer(string step) =>
        step.Contains("Thủ trưởng đơn vị", StringComparison.Ordinal) ? "thutruong.vptu"
        : step.Contains("Chánh Văn phòng", StringComparison.Ordinal) ? "chanhvanphong"
        : step.Contains("Thường trực", StringComparison.Ordinal) ? "thuongtruc"
        : step.Contains("Ban Thường vụ", StringComparison.Ordinal) ? "bantv"
        : throw new InvalidOperationException("Không biết ai ký bước: " + step);

    private static async Task Line(IKeyboard k, string account, string? debit, string? credit, bool last = false)
    {
        await k.TypeAsync(account);
        await k.PressAsync("Enter");
        if (debit is not null)
        {
            await k.TypeAsync(debit);
        }

        await k.PressAsync("Enter");
        if (credit is not null)
        {
            await k.TypeAsync(credit);
        }

        if (last)
        {
            return;
        }

        for (var i = 0; i < 5; i++)
        {
            await k.PressAsync("Enter");                     // nguồn, mục, loại-khoản, đối tượng: empty for cash
        }
    }

    /// <summary>The line's spent and available figures on the budget status screen.</summary>
    private static async Task<(long Spent, long Available)> StatusAsync(IPage page)
    {
        await page.GotoAsync("/du-toan?unit=VPTU&year=2026");
        var row = page.Locator($"#budget-status tr[data-line='{SpendLine}']");
        return (Amount(await row.Locator("td.spent").InnerTextAsync()), Amount(await row.Locator("td.available").InnerTextAsync()));
    }

    private static long Amount(string text) =>
        long.Parse(text.Replace(" đ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/chi/(\d+)$")]
    private static partial Regex RequestPage();
}

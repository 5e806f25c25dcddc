using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.ChungTu;

/// <summary>/chung-tu: search the vouchers of the units the user sees (unit, account, text, type, dates); without criteria, this year's.</summary>
public sealed class IndexModel(IVoucherSearch search, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)] public string? Account { get; set; }

    [BindProperty(SupportsGet = true)] public string? Text { get; set; }

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    [BindProperty(SupportsGet = true)] public string? From { get; set; }

    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public IReadOnlyList<VoucherListItem> Rows { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        DateOnly? from = null, to = null;
        if (From is { Length: > 0 } f && !VietnameseInput.TryDate(f, out var fd) || To is { Length: > 0 } t && !VietnameseInput.TryDate(t, out var td))
        {
            Error = "Ngày không hợp lệ (dd/MM/yyyy hoặc yyyy-MM-dd).";
            return;
        }

        if (From is { Length: > 0 } && VietnameseInput.TryDate(From, out var a)) { from = a; }
        if (To is { Length: > 0 } && VietnameseInput.TryDate(To, out var b)) { to = b; }
        if (from is null && to is null && string.IsNullOrWhiteSpace(Account) && string.IsNullOrWhiteSpace(Text))
        {
            from = new DateOnly(DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year, 1, 1);
        }

        if (Unit is { Length: > 0 } u && !reach.Sees(u))
        {
            Error = $"Không được xem dữ liệu của đơn vị {u}.";
            return;
        }

        var found = await search.FindAsync(new VoucherSearchCriteria(Empty(Unit), Empty(Account), Empty(Text), Empty(Type), null, null, null, from, to), HttpContext.RequestAborted);
        Rows = reach.Visible(found, v => v.Unit).OrderByDescending(v => v.Date).ThenByDescending(v => v.Number, StringComparer.Ordinal).Take(500).ToList();
    }

    private static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.ChungTu;

/// <summary>/chung-tu/xem?so=…: one voucher with its lines, printable (phiếu thu / phiếu chi / ủy nhiệm chi heading by type); reversal with a reason for those who may.</summary>
public sealed class XemModel(ILedgerQueries ledger, ReverseSpendingVoucher reverseSpending, TimeProvider clock) : PageModel
{
    public VoucherView Voucher { get; private set; } = null!;

    public bool MayReverse { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public string Heading => Voucher.Type switch
    {
        "PT" => "PHIẾU THU",
        "PC" => "PHIẾU CHI",
        "UNC" => "ỦY NHIỆM CHI",
        "RDT" => "GIẤY RÚT DỰ TOÁN",
        _ => "CHỨNG TỪ " + Voucher.Type,
    };

    public async Task<IActionResult> OnGetAsync(string so) => await LoadAsync(so) ? Page() : NotFound();

    public async Task<IActionResult> OnPostReverseAsync(string so, string? date, string? reason)
    {
        if (!await LoadAsync(so))
        {
            return NotFound();
        }

        if (!VietnameseInput.TryDate(date, out var d))
        {
            Errors = [new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ (dd/MM/yyyy).", "date")];
            return Page();
        }

        var by = Current.Login(HttpContext);
        var spending = await reverseSpending.RunAsync(Voucher.Number, d, reason ?? string.Empty, by, HttpContext.RequestAborted);
        var number = spending.IsSuccess ? spending.Value : null;
        if (spending.IsFailure)
        {
            Errors = spending.Errors;
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(spending.Errors));
            return Page();
        }

        TempData["Done"] = $"Đã ghi đảo chứng từ {Voucher.Number}" + (number is null ? "." : $" bằng chứng từ {number}.");
        return Redirect("/chung-tu/xem?so=" + Uri.EscapeDataString(Voucher.Number));
    }

    private async Task<bool> LoadAsync(string so)
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var v = string.IsNullOrWhiteSpace(so) ? null : await ledger.FindVoucherAsync(so.Trim(), HttpContext.RequestAborted);
        if (v is null || !reach.Sees(v.Unit))
        {
            return false;
        }

        Voucher = v;
        MayReverse = v.Reverses is null && v.ReversedBy is null && reach.May(Permission.VoucherReverse, v.Unit);
        return true;
    }
}

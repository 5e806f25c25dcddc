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
public sealed class XemModel(ILedgerQueries ledger, ReverseSpendingVoucher reverseSpending, Application.Organisation.UnitDirectory units, TimeProvider clock) : PageModel
{
    public VoucherView Voucher { get; private set; } = null!;

    public bool MayReverse { get; private set; }

    /// <summary>The unit's name for the print heading.</summary>
    public string UnitName { get; private set; } = string.Empty;

    /// <summary>"Số tiền viết bằng chữ".</summary>
    public string AmountInWords => Application.Common.VietnameseAmountWords.Of(Voucher.Amount);

    /// <summary>Who paid in (phiếu thu) or is paid (phiếu chi, ủy nhiệm chi): the first counterparty on the voucher's lines.</summary>
    public string? Counterparty => Voucher.Lines.Select(l => l.Counterparty).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    /// <summary>The paper: phiếu thu and phiếu chi print on A5 landscape, an ủy nhiệm chi and every other voucher on A4.</summary>
    public string Paper => Voucher.Type is "PT" or "PC" ? "a5" : "a4";

    /// <summary>The signature boxes of the layout, left to right.</summary>
    public IReadOnlyList<string> Signatures => Voucher.Type switch
    {
        "PT" => ["Thủ trưởng đơn vị", "Kế toán trưởng", "Người nộp tiền", "Người lập", "Thủ quỹ"],
        "PC" => ["Thủ trưởng đơn vị", "Kế toán trưởng", "Thủ quỹ", "Người lập", "Người nhận tiền"],
        "UNC" => ["Kế toán trưởng", "Chủ tài khoản"],
        _ => ["Người lập", "Kế toán trưởng", "Thủ trưởng đơn vị"],
    };

    /// <summary>The counterparty's caption on the layout.</summary>
    public string CounterpartyCaption => Voucher.Type switch
    {
        "PT" => "Họ và tên người nộp tiền",
        "PC" => "Họ và tên người nhận tiền",
        "UNC" => "Đơn vị nhận tiền",
        _ => "Đối tượng",
    };

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
        UnitName = (await units.ListAsync(HttpContext.RequestAborted)).FirstOrDefault(u => u.Code == v.Unit)?.Name ?? v.Unit;
        MayReverse = v.Reverses is null && v.ReversedBy is null && reach.May(Permission.VoucherReverse, v.Unit);
        return true;
    }
}

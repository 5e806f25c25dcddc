using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Api;
using PartyFinance.Web.Ledger;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.ChungTu;

/// <summary>
/// /chung-tu/nhap: keyboard-first voucher entry. Enter moves to the next box, Enter on the last box adds
/// a line, Ctrl+Enter posts; account and budget-code pickers; the running debit/credit difference. Posted
/// through <see cref="VoucherEntry"/> (the checks of `voucher import`), for units where the user may post.
/// </summary>
public sealed class NhapModel(UnitDirectory units, Pickers pickers, VoucherEntry entry, TimeProvider clock) : PageModel
{
    public sealed class LineInput
    {
        public string? Account { get; set; }

        public string? Debit { get; set; }

        public string? Credit { get; set; }

        public string? FundSource { get; set; }

        public string? BudgetItem { get; set; }

        public string? Sector { get; set; }

        public string? Counterparty { get; set; }
    }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<Pickers.Pick> Accounts { get; private set; } = [];

    public IReadOnlyList<Pickers.Pick> BudgetCodes { get; private set; } = [];

    public IReadOnlyList<Pickers.Pick> Types { get; private set; } = [];

    public IReadOnlyList<Pickers.Pick> Funds { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    [BindProperty] public string? Key { get; set; }

    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? Type { get; set; }

    [BindProperty] public string? Date { get; set; }

    [BindProperty] public string? Description { get; set; }

    [BindProperty] public List<LineInput> Lines { get; set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        Key = "WEB-" + Guid.NewGuid().ToString("N");
        Date = VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Type = "PC";
        Lines = [new(), new(), new()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        while (Lines.Count < 3)
        {
            Lines.Add(new());
        }

        if (!VietnameseInput.TryDate(Date, out var date))
        {
            Errors = [new DomainError(Application.Common.ImportErrors.BadDate, $"Ngày '{Date}' không hợp lệ (dd/MM/yyyy).", "date")];
            return Page();
        }

        var voucher = new EntryVoucher(Key, date, Unit ?? string.Empty, Type ?? string.Empty, Description ?? string.Empty,
            Lines.Select(l => new EntryLine(l.Account, l.Debit, l.Credit, l.FundSource, l.BudgetItem, l.Sector, null, l.Counterparty)).ToList());
        var report = await entry.PostAsync(voucher, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (!report.Succeeded)
        {
            Errors = report.Errors;
            Response.StatusCode = Application.Common.Refusals.HttpStatus(Application.Common.Refusals.KindOf(report.Errors));
            return Page();
        }

        TempData["Done"] = report.Stored > 0 ? $"Đã ghi sổ chứng từ {report.FirstNumber}." : "Chứng từ này đã được ghi sổ trước đó (cùng mã chứng từ).";
        return report.FirstNumber is { } number ? Redirect("/chung-tu/xem?so=" + Uri.EscapeDataString(number)) : Redirect("/chung-tu");
    }

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Units = (await units.ListAsync(HttpContext.RequestAborted)).Where(u => reach.Sees(u.Code) && reach.May(Permission.VoucherImport, u.Code)).ToList();
        if (Units.Count == 0)
        {
            return false;
        }

        Accounts = await pickers.AccountsAsync(null, HttpContext.RequestAborted);
        BudgetCodes = pickers.BudgetItems(null);
        Types = pickers.VoucherTypes();
        Funds = pickers.FundSources();
        return true;
    }
}

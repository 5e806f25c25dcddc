using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.ChungTu;

/// <summary>
/// /chung-tu/nhap-tep: `voucher import` of a CSV file in two steps. "Kiểm tra" runs every check of the import without
/// storing anything and shows the whole error list (file, row, column) or what would be stored; only then does
/// "Ghi sổ" import the same content (checked again: someone may have posted meanwhile). A refusal stores nothing.
/// </summary>
public sealed class NhapTepModel(CheckVoucherImport check, ImportVouchers import) : PageModel
{
    public ImportReport? Checked { get; private set; }

    public ImportReport? Imported { get; private set; }

    /// <summary>The checked content (base64) and its name, carried to the confirmation so exactly that file is imported.</summary>
    public string? CheckedContent { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<DomainError> Errors => (Imported ?? Checked)?.Errors ?? [];

    public async Task<IActionResult> OnGetAsync() => await MayImportAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file)
    {
        if (!await MayImportAsync())
        {
            return Forbid();
        }

        if (file is null || file.Length == 0)
        {
            Checked = ImportReport.Failed([new DomainError(ImportErrors.EmptyFile, "Chọn tệp chứng từ (CSV).", "file")]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        FileName = Path.GetFileName(file.FileName);
        CheckedContent = Convert.ToBase64String(buffer.ToArray());
        Checked = await check.RunAsync(new ImportFile(new MemoryStream(buffer.ToArray()), FileName), Current.Login(HttpContext), HttpContext.RequestAborted);
        if (!Checked.Succeeded)
        {
            Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(Checked.Errors));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(string? content, string? fileName)
    {
        if (!await MayImportAsync())
        {
            return Forbid();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? string.Empty);
        }
        catch (FormatException)
        {
            bytes = [];
        }

        var name = string.IsNullOrWhiteSpace(fileName) ? "chung-tu.csv" : Path.GetFileName(fileName);
        FileName = name;
        Imported = bytes.Length == 0
            ? ImportReport.Failed([new DomainError(ImportErrors.EmptyFile, "Kiểm tra tệp trước khi ghi sổ.", "file")])
            : await import.RunAsync(new ImportFile(new MemoryStream(bytes), name), Current.Login(HttpContext), HttpContext.RequestAborted);
        if (!Imported.Succeeded)
        {
            Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(Imported.Errors));
            return Page();
        }

        TempData["Done"] = $"Đã ghi sổ {name}: {Imported.Stored} chứng từ"
            + (Imported.FirstNumber is { } first ? $" (số {first} … {Imported.LastNumber})" : string.Empty) + $"; bỏ qua {Imported.Skipped} chứng từ đã ghi trước đây.";
        return Redirect("/chung-tu/nhap-tep");
    }

    private async Task<bool> MayImportAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        return reach.May(Permission.VoucherImport, null) || reach.Units.Any(u => reach.May(Permission.VoucherImport, u));
    }
}

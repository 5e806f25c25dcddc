using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/kiem-ke: a stocktake (TT 141 Art. 5.2.b) as `asset stocktake start|count|close` — start a sheet for a unit
/// and date (the assets it holds in use then), upload the count (CSV `code,found[,note]`, + name, class, original_cost,
/// in_service for an asset found extra; all or nothing, every error with its row shown), then close it, which opens a
/// write-off approval for each shortage and a record-surplus approval for each surplus.
/// </summary>
public sealed class KiemKeModel(StocktakeUseCases stocktake, UnitDirectory units, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public Stocktake? Sheet { get; private set; }

    public StocktakeClosed? Closed { get; private set; }

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    [BindProperty] public long? Id { get; set; }

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostStartAsync(string? unit, string? date)
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (!VietnameseInput.TryDate(date, out var d))
        {
            return Refused([new DomainError(ImportErrors.BadDate, $"Ngày '{date}' không hợp lệ ({VietnameseInput.DateForms}).", "date")]);
        }

        var started = await stocktake.StartAsync(unit?.Trim() ?? string.Empty, d, Current.Login(HttpContext), HttpContext.RequestAborted);
        return Show(started);
    }

    public async Task<IActionResult> OnPostCountAsync(IFormFile? count)
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (Id is null || count is null || count.Length == 0)
        {
            return Refused([new DomainError(ImportErrors.EmptyFile, "Chọn phiếu kiểm kê và tệp kết quả kiểm đếm (CSV).", "count")]);
        }

        await using var content = count.OpenReadStream();
        var counted = await stocktake.CountAsync(Id.Value, new ImportFile(content, Path.GetFileName(count.FileName)), Current.Login(HttpContext), HttpContext.RequestAborted);
        return Show(counted);
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        if (!await LoadAsync())
        {
            return Forbid();
        }

        if (Id is null)
        {
            return Refused([new DomainError(ImportErrors.MissingValue, "Ghi số phiếu kiểm kê.", "id")]);
        }

        var closed = await stocktake.CloseAsync(Id.Value, Current.Login(HttpContext), HttpContext.RequestAborted);
        if (closed.IsFailure)
        {
            return Refused(closed.Errors);
        }

        Closed = closed.Value;
        Sheet = closed.Value.Sheet;
        return Page();
    }

    private IActionResult Show(Result<Stocktake> result)
    {
        if (result.IsFailure)
        {
            return Refused(result.Errors);
        }

        Sheet = result.Value;
        Id = Sheet.Id;
        return Page();
    }

    private IActionResult Refused(IReadOnlyList<DomainError> errors)
    {
        Errors = errors;
        Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(errors));
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Units = (await units.ListAsync(HttpContext.RequestAborted)).Where(u => u.IsActiveOn(today) && reach.Sees(u.Code) && reach.May(Permission.AssetStocktake, u.Code)).ToList();
        return Units.Count > 0;
    }
}

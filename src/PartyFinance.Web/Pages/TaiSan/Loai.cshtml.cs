using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Common;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>
/// /tai-san/loai?year=Y: the fixed-asset classes (`asset class list [--year Y]`) — code, group, useful life, wear rate, validity,
/// source and verified mark — of one year, or every dated row when no year is given. Read-only, like every list: any signed-in user.
/// </summary>
public sealed class LoaiModel(ListAssetClasses classes) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public IReadOnlyList<FixedAssetClass> Rows { get; private set; } = [];

    public IReadOnlyList<DomainError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (!VietnameseInput.TryYear(Year, out var y))
            {
                Errors = [new DomainError(ImportErrors.BadNumber, $"Năm '{Year}' không hợp lệ ({VietnameseInput.YearForms}).", "year")];
                Response.StatusCode = Refusals.HttpStatus(Refusals.KindOf(Errors));
                return Page();
            }

            year = y;
        }

        Rows = await classes.RunAsync(year, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The verified mark in words, as `asset class list` prints it.</summary>
    public static string Verified(string mark) => mark switch
    {
        "V" => "đã xác minh",
        "S" => "nguồn thứ cấp",
        _ => "chưa xác minh",
    };
}

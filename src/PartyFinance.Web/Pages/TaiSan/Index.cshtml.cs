using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.TaiSan;

/// <summary>/tai-san: the fixed-asset register (`asset list`) as at 31/12 of a year, of the units the user sees, filtered by unit, class, status and text (code or name).</summary>
public sealed class IndexModel(AssetQueries assets, UnitDirectory units, TimeProvider clock) : PageModel
{
    private static readonly System.Globalization.CompareInfo Compare = VietnameseFormat.Culture.CompareInfo;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Class { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)] public string? Text { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<AssetRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reach = (await Current.ReachAsync(HttpContext))!;
        Year ??= DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        if (Unit is { Length: > 0 } u && !reach.Sees(u))
        {
            return NotFound();
        }

        Units = (await units.ListAsync(ct)).Where(x => reach.Sees(x.Code)).ToList();
        var all = reach.Visible(await assets.ListAsync(string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(), Year.Value, ct), r => r.Unit).ToList();
        Classes = all.Select(r => r.Class).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        Rows = all.Where(r => string.IsNullOrWhiteSpace(Class) || string.Equals(r.Class, Class.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrWhiteSpace(Status) || r.Status.Code() == Status.Trim())
            .Where(r => string.IsNullOrWhiteSpace(Text) || Compare.IndexOf(r.Code + " " + r.Name, Text.Trim(), System.Globalization.CompareOptions.IgnoreCase) >= 0)
            .OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        return Page();
    }
}

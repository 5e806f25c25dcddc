using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Organisation;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.CongCu;

/// <summary>/cong-cu: the tools register (`tool list`) of the units the user sees: received, issued and in store, by quantity and value.</summary>
public sealed class IndexModel(ToolQueries tools, UnitDirectory units) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }

    public IReadOnlyList<OrganisationUnit> Units { get; private set; } = [];

    public IReadOnlyList<Tool> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reach = (await Current.ReachAsync(HttpContext))!;
        if (Unit is { Length: > 0 } u && !reach.Sees(u))
        {
            return NotFound();
        }

        Units = (await units.ListAsync(ct)).Where(x => reach.Sees(x.Code)).ToList();
        Rows = reach.Visible(await tools.ListAsync(Unit, ct), t => t.Unit).OrderBy(t => t.Unit, StringComparer.Ordinal).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        return Page();
    }
}

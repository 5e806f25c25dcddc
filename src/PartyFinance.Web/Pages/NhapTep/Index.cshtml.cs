using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Web.Imports;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.NhapTep;

/// <summary>/nhap-tep: the import screens this user may use (the same check as each screen's own), each with the CLI command it runs.</summary>
public sealed class IndexModel(IEnumerable<ImportKind> kinds) : PageModel
{
    public IReadOnlyList<ImportKind> Offered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Offered = kinds.Where(k => TwoStepImportModel.Offers(reach, k.Permission)).ToList();
        return Page();
    }
}

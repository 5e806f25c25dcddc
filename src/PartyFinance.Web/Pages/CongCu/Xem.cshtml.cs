using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Assets;
using PartyFinance.Domain.Assets;
using PartyFinance.Web.Security;

namespace PartyFinance.Web.Pages.CongCu;

/// <summary>/cong-cu/xem?ma=…: one tool (`tool show`) with its append-only history.</summary>
public sealed class XemModel(ToolQueries tools) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Ma { get; set; }

    public Tool Tool { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        var tool = string.IsNullOrWhiteSpace(Ma) ? null : await tools.FindAsync(Ma, HttpContext.RequestAborted);
        if (tool is null || !reach.Sees(tool.Unit))
        {
            return NotFound();
        }

        Tool = tool;
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Pages.Chi;

/// <summary>/chi: the spending requests of the units the user sees, newest first.</summary>
public sealed class IndexModel(SpendingViews views) : PageModel
{
    public IReadOnlyList<SpendingRequestRow> Rows { get; private set; } = [];

    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(string? unit)
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Rows = await views.ListAsync(reach, unit, HttpContext.RequestAborted);
        MayCreate = reach.May(Permission.SpendRequest, null) || reach.Units.Any(u => reach.May(Permission.SpendRequest, u));
    }
}

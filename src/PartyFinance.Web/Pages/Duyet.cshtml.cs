using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Approvals;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Pages;

/// <summary>
/// /duyet: the approval inbox — spending requests whose waiting step this user may sign now, each with amount, availability,
/// the rule and citation, and the chain so far; then the other chains this user may sign (asset actions, a stocktake's
/// surplus or shortage), each with the booked original cost, the rule and citation and the chain so far.
/// </summary>
public sealed class DuyetModel(SpendingViews views, DocumentApprovals documents, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SpendingView> Inbox { get; private set; } = [];

    public IReadOnlyList<DocumentApproval> Documents { get; private set; } = [];

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public async Task OnGetAsync()
    {
        var reach = (await Current.ReachAsync(HttpContext))!;
        Inbox = await views.InboxAsync(reach, HttpContext.RequestAborted);
        Documents = await documents.InboxAsync(reach, HttpContext.RequestAborted);
    }
}

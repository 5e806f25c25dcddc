using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Domain.Common;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Pages;

/// <summary>/duyet: the approval inbox — requests whose waiting step this user may sign now, each with amount, availability, the rule and citation, and the chain so far.</summary>
public sealed class DuyetModel(SpendingViews views, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SpendingView> Inbox { get; private set; } = [];

    public string Today => VietnameseFormat.Date(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public async Task OnGetAsync() => Inbox = await views.InboxAsync((await Current.ReachAsync(HttpContext))!, HttpContext.RequestAborted);
}

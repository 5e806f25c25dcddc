using Microsoft.AspNetCore.Mvc.RazorPages;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Application.Ledger;
using PartyFinance.Application.Organisation;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Web.Security;
using PartyFinance.Web.Spending;

namespace PartyFinance.Web.Pages;

/// <summary>
/// The dashboard: budget execution per unit the user sees (a server-rendered SVG chart), the approvals
/// waiting for this user, approved requests waiting for payment (for those who pay), recent vouchers
/// and locked months. Each part is shown to the roles it concerns.
/// </summary>
public sealed class IndexModel(UnitDirectory units, BudgetStatus status, SpendingViews spending, ILedgerQueries ledger, IPeriodQueries periods, TimeProvider clock) : PageModel
{
    public sealed record ExecutionRow(string Unit, string Name, long Estimate, long Used)
    {
        public int Percent => Estimate <= 0 ? 0 : (int)Math.Min(999, Used * 100 / Estimate);
    }

    public UserReach Reach { get; private set; } = null!;

    public int Year { get; private set; }

    public IReadOnlyList<ExecutionRow> Execution { get; private set; } = [];

    public IReadOnlyList<SpendingView> Inbox { get; private set; } = [];

    public IReadOnlyList<SpendingRequestRow> ToPay { get; private set; } = [];

    public IReadOnlyList<VoucherListItem> Recent { get; private set; } = [];

    public IReadOnlyList<(string Unit, int Locked, string? LastLocked)> Locks { get; private set; } = [];

    public bool ShowInbox => Reach.Units.Any(u => Reach.May(Permission.SpendDecide, u)) || Reach.Province && Reach.May(Permission.SpendDecide, null);

    public bool ShowPay => Reach.May(Permission.SpendPay, null) || Reach.Units.Any(u => Reach.May(Permission.SpendPay, u));

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Reach = (await Current.ReachAsync(HttpContext))!;
        Year = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        var visible = (await units.ListAsync(ct)).Where(u => Reach.Sees(u.Code) && (u.ValidTo is null || u.ValidTo.Value.Year >= Year)).ToList();
        var rows = new List<ExecutionRow>();
        foreach (var u in visible)
        {
            var lines = await status.RunAsync(u.Code, Year, ct);
            var estimate = lines.Sum(l => checked(l.Allocated + l.Adjustments));
            var used = lines.Sum(l => checked(l.Spent + l.Advanced + l.Committed));
            if (estimate != 0 || used != 0)
            {
                rows.Add(new ExecutionRow(u.Code, u.Name, estimate, used));
            }
        }

        Execution = rows;
        Inbox = await spending.InboxAsync(Reach, ct);
        ToPay = ShowPay ? (await spending.ListAsync(Reach, null, ct)).Where(r => r.Status == SpendingStatus.Approved.Code()).Take(10).ToList() : [];
        Recent = Reach.Visible(await ledger.ListVouchersAsync(null, Year, ct), v => v.Unit).OrderByDescending(v => v.Date).ThenByDescending(v => v.Number, StringComparer.Ordinal).Take(10).ToList();
        Locks = Reach.Visible(await periods.ListAsync(null, Year, ct), p => p.Unit).GroupBy(p => p.Unit)
            .Select(g => (g.Key, g.Count(p => p.Locked), g.Where(p => p.Locked).OrderBy(p => p.Month).Select(p => $"{p.Month:D2}/{p.Year}").LastOrDefault()))
            .ToList();
    }
}

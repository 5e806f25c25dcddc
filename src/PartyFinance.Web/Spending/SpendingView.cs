using PartyFinance.Application.Authority;
using PartyFinance.Application.Budgeting;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;

namespace PartyFinance.Web.Spending;

/// <summary>A spending request as the inbox and the request page show it: the request, its budget line now, and its approval chain (rule, citation, who signed).</summary>
public sealed record SpendingView(SpendingRequest Request, BudgetLine? Line, ApprovalRequest? Approval, bool MaySign)
{
    public string? SignedBy(ApprovalStep step) => Approval?.Events.FirstOrDefault(e => e.Kind == ApprovalEventKind.Approved && e.Step == step.Number)?.Actor;

    public object Json() => new
    {
        id = Request.Id,
        unit = Request.Key.Unit,
        year = Request.Key.Year,
        line = Request.Key.ToString(),
        fund_source = Request.Key.FundSource,
        autonomy = Request.Key.Autonomy.Code(),
        sector = Request.Key.Sector,
        budget_item = Request.Key.BudgetItem,
        amount = Request.Amount,
        purpose = Request.Purpose,
        counterparty = Request.Payee,
        status = Request.Status.Code(),
        nature = Request.Nature.Code(),
        settled_amount = Request.SettledAmount,
        maker = Request.Maker,
        voucher_no = Request.VoucherNo,
        available = Line?.Available,
        may_sign = MaySign,
        approval = Approval is not { } a ? null : new
        {
            id = a.Id,
            status = a.Status.ToSlug(),
            decider = a.Decision.Decider.ToSlug(),
            rule_set = a.Decision.RuleSetName,
            rule_decision_no = a.Decision.DecisionNo,
            citation = a.Decision.Citation,
            next_step = a.NextStep?.Number,
            steps = a.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal, signed_by = SignedBy(s) }),
        },
        history = Request.History.Select(e => new { action = e.Action, from = e.From.Code(), to = e.To.Code(), by = e.By, at = e.At, reason = e.Reason, decision_no = e.DecisionNo, voucher_no = e.VoucherNo }),
    };
}

/// <summary>Reads <see cref="SpendingView"/>s for the signed-in user: only requests of units the user sees.</summary>
public sealed class SpendingViews(ShowRequest show, ListRequests list, IBudgetStore store, TimeProvider clock)
{
    public async Task<SpendingView?> FindAsync(long id, UserReach reach, CancellationToken ct)
    {
        var found = await show.RunAsync(id, ct);
        if (found.IsFailure || !reach.Sees(found.Value.Key.Unit))
        {
            return null;
        }

        var r = found.Value;
        var approval = r.ApprovalId is { } a ? await store.FindApprovalAsync(a, ct) : null;
        return Of(r, await store.FindLineAsync(r.Key, ct), approval, reach);
    }

    /// <summary>The view of a request just signed, from what the signature committed (no second read of the books).</summary>
    public SpendingView? Of(SpendingApproval signed, UserReach reach) =>
        reach.Sees(signed.Request.Key.Unit) ? Of(signed.Request, signed.Line, signed.Approval, reach) : null;

    private SpendingView Of(SpendingRequest r, BudgetLine? line, ApprovalRequest? approval, UserReach reach)
    {
        var maySign = approval is not null && approval.Status == ApprovalStatus.Pending && approval.MaySign(reach.User, clock.GetUtcNow())
            && reach.May(Permission.SpendDecide, r.Key.Unit);
        return new SpendingView(r, line, approval, maySign);
    }

    public async Task<IReadOnlyList<SpendingRequestRow>> ListAsync(UserReach reach, string? unit, CancellationToken ct) =>
        reach.Visible(await list.RunAsync(string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), ct), r => r.Unit).OrderByDescending(r => r.Id).ToList();

    /// <summary>The approval inbox: submitted requests of the units the user sees whose waiting step the user may sign now.</summary>
    public async Task<IReadOnlyList<SpendingView>> InboxAsync(UserReach reach, CancellationToken ct)
    {
        var rows = await ListAsync(reach, null, ct);
        var views = new List<SpendingView>();
        foreach (var row in rows.Where(r => r.Status == SpendingStatus.Submitted.Code()))
        {
            if (await FindAsync(row.Id, reach, ct) is { MaySign: true } view)
            {
                views.Add(view);
            }
        }

        return views;
    }
}

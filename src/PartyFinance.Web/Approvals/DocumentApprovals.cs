using PartyFinance.Application.Assets;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;

namespace PartyFinance.Web.Approvals;

/// <summary>
/// An approval chain signed with `approval approve|reject` (an asset action, a stocktake's surplus or shortage, any chain whose
/// document has no approve of its own) as the inbox and its page show it: the chain (decider, rule, citation, steps signed),
/// the value the rules were asked about (an asset's booked original cost) and, for an asset action, the action itself.
/// </summary>
public sealed record DocumentApproval(long Number, ApprovalRequest Approval, AssetActionRequest? Asset, bool MaySign)
{
    public string? SignedBy(ApprovalStep step) => Approval.Events.FirstOrDefault(e => e.Kind == ApprovalEventKind.Approved && e.Step == step.Number)?.Actor;

    /// <summary>What is decided, in Vietnamese: "Điều chuyển tài sản VPTU-DH-01 sang BTC", or the document kind and reference.</summary>
    public string Title => Asset is { } a
        ? $"{a.Action.VietnameseName()} tài sản {a.AssetCode}" + (a.ToUnit is { } to ? $" sang {to}" : string.Empty)
        : $"{Capitalised(Approval.DocumentKind.VietnameseName())} {Approval.DocumentReference}";

    public object Json() => new
    {
        id = Approval.Id,
        number = Number,
        document_kind = Approval.DocumentKind.ToSlug(),
        document = Approval.DocumentReference,
        unit = Approval.ProposingUnit,
        maker = Approval.Maker,
        value = Approval.Value,
        status = Approval.Status.ToSlug(),
        decider = Approval.Decision.Decider.ToSlug(),
        rule_set = Approval.Decision.RuleSetName,
        rule_decision_no = Approval.Decision.DecisionNo,
        citation = Approval.Decision.Citation,
        next_step = Approval.NextStep?.Number,
        may_sign = MaySign,
        steps = Approval.Steps.Select(s => new { step = s.Number, decider = s.Decider.ToSlug(), final = s.IsFinal, signed_by = SignedBy(s) }),
        asset_action = Asset is not { } a ? null : new
        {
            id = a.Id,
            asset = a.AssetCode,
            action = a.Action.Code(),
            date = a.Date,
            to_unit = a.ToUnit,
            proceeds = a.Proceeds,
            reason = a.Reason,
            status = AssetActionRequest.StatusCode(a.Status),
            vouchers = a.Vouchers,
        },
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpper(text[0], VietnameseFormat.Culture) + text[1..];
}

/// <summary>
/// Reads <see cref="DocumentApproval"/>s for the signed-in user: only chains of units the user sees; "may sign" asks the same
/// things `approval approve` checks (the waiting step's decider role and scope, today, not the maker nor an earlier signer,
/// and the approval.decide permission for the proposing unit). Spending requests and recurring plans are left to their own pages.
/// </summary>
public sealed class DocumentApprovals(IPendingApprovals pending, IAuthorityStore store, IAssetActionQueries actions, TimeProvider clock)
{
    public async Task<IReadOnlyList<DocumentApproval>> InboxAsync(UserReach reach, CancellationToken ct)
    {
        var waiting = (await pending.PendingAsync(ct)).Where(p => !ApprovalSigning.SignedWithSpendCommand(p.Request) && MaySign(reach, p.Request)).ToList();
        var assets = await actions.ForApprovalsAsync(waiting.Select(p => p.Request.Id).ToList(), ct);
        return waiting.Select(p => new DocumentApproval(p.Number, p.Request, assets.GetValueOrDefault(p.Request.Id), true)).ToList();
    }

    /// <summary>One chain the user sees (null: unknown, of a unit the user does not see, or signed on its spending page).</summary>
    public async Task<DocumentApproval?> FindAsync(Guid id, UserReach reach, CancellationToken ct)
    {
        var approval = await store.FindRequestAsync(id, ct);
        if (approval is null || !reach.Sees(approval.ProposingUnit) || ApprovalSigning.SignedWithSpendCommand(approval))
        {
            return null;
        }

        var number = await pending.NumberOfAsync(id, ct) ?? 0;
        return new DocumentApproval(number, approval, await actions.ForApprovalAsync(id, ct), MaySign(reach, approval));
    }

    private bool MaySign(UserReach reach, ApprovalRequest approval) =>
        approval.Status == ApprovalStatus.Pending && reach.Sees(approval.ProposingUnit) && reach.May(Permission.ApprovalDecide, approval.ProposingUnit)
        && approval.MaySign(reach.User, clock.GetUtcNow());
}

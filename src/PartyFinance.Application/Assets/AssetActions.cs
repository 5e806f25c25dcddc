using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>An action as requested, with the approval chain it opened.</summary>
public sealed record AssetActionOpened(AssetActionRequest Action, ApprovalRequest Approval, AssetState State);

/// <summary>
/// `asset transfer|recover|sell|liquidate|destroy|write-off &lt;code&gt; --date D [--to UNIT]
/// [--proceeds N] --reason "…" --by USER`: checks everything the action will need (the asset in
/// use on that date and nothing later on its card, no other action pending, the receiving unit), asks
/// the stored delegation rules who decides — for the asset's class, its unit's kind, its dominant
/// funding and its booked original cost (TT 141/2025 Art. 5.4) — and opens that approval chain. Nothing
/// is posted until the final decider signs (`approval approve`).
/// </summary>
public sealed class RequestAssetAction(IAssetStore store, IAuthorityStore authority, ILedgerQueries units, AssetReference reference, AccessGuard access, TimeProvider clock)
{
    public const string ReferencePrefix = "ASSET-";

    public async Task<Result<AssetActionOpened>> RunAsync(AssetAction action, string code, DateOnly date, string? toUnit, long? proceeds, string? reason, string by,
        CancellationToken ct)
    {
        if (action == AssetAction.RecordSurplus)
        {
            return new DomainError(AssetErrors.BadField, "Tài sản thừa được ghi tăng qua phiếu kiểm kê (asset stocktake close).", "action");
        }

        var asset = await store.FindAsync(code.Trim(), ct);
        if (asset is null)
        {
            return new DomainError(AssetErrors.NotFound, $"Không có tài sản mã '{code}' trong sổ tài sản.", "code");
        }

        var state = asset.At(date);
        var allowed = await access.CheckAsync(by, Permission.AssetAction, state.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<AssetActionOpened>(allowed.Errors);
        }

        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(new DomainError(AssetErrors.BadField, "Phải ghi lý do (--reason).", "reason"));
        }

        if (state.Status != AssetStatus.InUse || date < asset.InService || date < asset.Events[0].Date)
        {
            errors.Add(new DomainError(AssetErrors.NotInUse, $"Tài sản {asset.Code} không đang sử dụng ngày {VietnameseFormat.Date(date)} ({state.Status.VietnameseName()}).", "date"));
        }

        if (asset.Events.Any(e => e.Date > date) || asset.Wear.Any(w => new DateOnly(w.Year, 12, 31) > date))
        {
            errors.Add(new DomainError(AssetErrors.BadField, $"Tài sản {asset.Code} đã có nghiệp vụ sau ngày {VietnameseFormat.Date(date)}; không ghi lùi ngày.", "date"));
        }

        var all = await units.ListUnitsAsync(ct);
        var unit = all.FirstOrDefault(u => u.Code == state.Unit);
        if (action.MovesToUnit())
        {
            var to = toUnit?.Trim();
            if (string.IsNullOrEmpty(to))
            {
                errors.Add(new DomainError(AssetErrors.BadField, "Điều chuyển, thu hồi phải có đơn vị nhận (--to).", "to"));
            }
            else if (all.FirstOrDefault(u => string.Equals(u.Code, to, StringComparison.OrdinalIgnoreCase)) is not { } receiver || !receiver.IsActiveOn(date))
            {
                errors.Add(new DomainError(AssetErrors.BadField, $"Đơn vị nhận '{to}' không tồn tại ngày {VietnameseFormat.Date(date)}.", "to"));
            }
            else if (receiver.Code == state.Unit)
            {
                errors.Add(new DomainError(AssetErrors.SameUnit, $"Tài sản {asset.Code} đã thuộc đơn vị {receiver.Code}.", "to"));
            }
            else
            {
                toUnit = receiver.Code;
            }
        }
        else if (toUnit is not null)
        {
            errors.Add(new DomainError(AssetErrors.BadField, "Chỉ điều chuyển, thu hồi mới có đơn vị nhận (--to).", "to"));
        }

        if (proceeds is { } p && (p < 0 || action is not (AssetAction.Sell or AssetAction.Liquidate)))
        {
            errors.Add(new DomainError(AssetErrors.BadField, p < 0 ? "Số tiền thu phải không âm." : "Chỉ bán, thanh lý mới có số tiền thu (--proceeds).", "proceeds"));
        }

        var catalogue = reference.With(await store.ClassesAsync(ct));
        var question = Question(catalogue, asset.ClassCode, state.Funding, unit?.Kind, action, state.OriginalCost, date);
        if (errors.Count > 0 || question.IsFailure)
        {
            return Result.Failure<AssetActionOpened>([.. errors, .. question.Errors]);
        }

        var rules = await authority.LoadRuleSetsAsync(ct);
        return await store.InWorkAsync(async work =>
        {
            var opened = await OpenAsync(work, question.Value, rules, asset.Code, action, date, state.Unit, toUnit, proceeds, reason!.Trim(), by.Trim(), null, clock, ct);
            return opened.IsFailure ? Result.Failure<AssetActionOpened>(opened.Errors) : Result.Success(new AssetActionOpened(opened.Value.Action, opened.Value.Approval, state));
        }, ct);
    }

    /// <summary>
    /// Who decides an action on an asset of <paramref name="classCode"/>: the delegation rules are asked
    /// about its class's authority class, the unit's kind, its dominant funding and its booked original cost.
    /// </summary>
    public static Result<AuthorityQuestion> Question(AssetCatalogue catalogue, string classCode, AssetFunding funding, Domain.Organisation.UnitKind? unitKind,
        AssetAction action, long originalCost, DateOnly date)
    {
        var group = catalogue.Class(classCode, date.Year) is { } cls ? catalogue.Group(cls.Group, date) : null;
        if (group is null)
        {
            return new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{classCode}' không có hiệu lực năm {N(date.Year)}.", "class");
        }

        var share = catalogue.Share(funding.Dominant, date);
        return share is null
            ? new DomainError(AssetErrors.BadField, $"Chưa có quy tắc phần vốn '{funding.Dominant.ToCode()}' trong db/assets/funding-shares.csv.", "funding")
            : Result.Success(new AuthorityQuestion(action.Authority(), group.AuthorityClass, unitKind, share.AuthorityFunding, ValueBasis.PerAsset, SpendingKind.Any,
                originalCost, date));
    }

    /// <summary>
    /// Opens the approval chain the rules name and stores the action waiting for it, in the caller's unit of
    /// work — refused while another action on the asset waits for its decision (checked under the lock, so two
    /// requests at once cannot both pass).
    /// </summary>
    public static async Task<Result<(AssetActionRequest Action, ApprovalRequest Approval)>> OpenAsync(IAssetWork work, AuthorityQuestion question, IReadOnlyList<RuleSet> rules,
        string code, AssetAction action, DateOnly date, string unit, string? toUnit, long? proceeds, string reason, string by, long? sheet, TimeProvider clock,
        CancellationToken ct)
    {
        if ((await work.ActionsAsync(code, ct)).FirstOrDefault(a => a.Status == AssetActionStatus.Pending) is { } pending)
        {
            return new DomainError(AssetErrors.ActionPending,
                $"Tài sản {code} đang có đề nghị {pending.Action.VietnameseName().ToLowerInvariant()} số {N(pending.Id)} chờ quyết định.", "code");
        }

        var id = await work.NextActionIdAsync(ct);
        var approval = ApprovalRequest.Submit(Guid.NewGuid(), DocumentKind.AssetAction, ReferencePrefix + N(id), unit, by, question, rules, clock.GetLocalNow());
        if (approval.IsFailure)
        {
            return Result.Failure<(AssetActionRequest, ApprovalRequest)>(approval.Errors);
        }

        var saved = await work.SaveApprovalAsync(approval.Value, ct);
        if (saved.IsFailure)
        {
            return Result.Failure<(AssetActionRequest, ApprovalRequest)>(saved.Errors);
        }

        var request = new AssetActionRequest(id, code, action, date, unit, toUnit, proceeds, reason, approval.Value.Id, AssetActionStatus.Pending, null, by,
            clock.GetUtcNow(), null, null, sheet);
        await work.SaveActionAsync(request, ct);
        return Result.Success((request, approval.Value));
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The asset actions' side of `approval approve|reject`: signs the step and, on the final signature,
/// carries the action out — vouchers (the sender's Nợ 36611 + Nợ 214 / Có 211, the receiver's Nợ 211 /
/// Có 214, Có 36611, sale proceeds Nợ 111 / Có 3378 split by funding shares), the card's history and
/// the action's status — all in the one transaction of the signature. A rejection ends the action
/// and posts nothing.
/// </summary>
public sealed class AssetDecisions(IAssetStore store, AssetReference reference, PostingRuleBook book, TimeProvider clock)
    : AssetDocumentDecisions<AssetActionRequest>(store, reference, clock)
{
    public override bool Handles(ApprovalRequest approval) =>
        approval.DocumentKind == DocumentKind.AssetAction && approval.DocumentReference.StartsWith(RequestAssetAction.ReferencePrefix, StringComparison.Ordinal);

    protected override async Task<(ApprovalRequest?, AssetActionRequest?, DomainError?)> LoadAsync(IAssetWork work, Guid approvalId, CancellationToken ct)
    {
        var approval = await work.FindApprovalAsync(approvalId, ct);
        var action = await work.FindActionAsync(approvalId, ct);
        if (approval is null || action is null)
        {
            return (null, null, new DomainError(AuthorityErrors.UnknownRequest, "Không tìm thấy hồ sơ duyệt của đề nghị xử lý tài sản."));
        }

        return action.Status != AssetActionStatus.Pending
            ? (null, null, new DomainError(AssetErrors.NotInUse, $"Đề nghị xử lý tài sản số {action.Id.ToString(CultureInfo.InvariantCulture)} đã {AssetActionRequest.StatusName(action.Status).ToLowerInvariant()}."))
            : (approval, action, null);
    }

    protected override Task SaveRejectedAsync(IAssetWork work, AssetActionRequest document, string by, DateTimeOffset at, CancellationToken ct) =>
        work.SaveActionAsync(document with { Status = AssetActionStatus.Rejected, DecidedBy = by, DecidedAt = at }, ct);

    protected override async Task<Result> CarryOutAsync(IAssetWork work, AssetActionRequest action, ApprovalRequest approval, string by, AssetCatalogue catalogue, CancellationToken ct)
    {
        if (action.Action == AssetAction.RecordSurplus)
        {
            return await RecordSurplusAsync(work, action, approval, by, catalogue, ct);
        }

        var asset = await work.FindAsync(action.AssetCode, ct);
        if (asset is null)
        {
            return Result.Failure(new DomainError(AssetErrors.NotFound, $"Không có tài sản mã '{action.AssetCode}'."));
        }

        var date = action.Date;
        var state = asset.At(date);
        var group = catalogue.Class(asset.ClassCode, date.Year) is { } cls ? catalogue.Group(cls.Group, date) : null;
        if (group is null)
        {
            return Result.Failure(new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{asset.ClassCode}' không có hiệu lực năm {date.Year.ToString(CultureInfo.InvariantCulture)}."));
        }

        var parts = AssetPosting.Parts(asset.Line, group, state.Funding, state.AccumulatedWear, action.Proceeds ?? 0, date, catalogue);
        if (parts.IsFailure)
        {
            return parts;
        }

        var number = approval.Events.Count > 0 ? approval.Events[^1].DecisionNo : null;
        var what = $"{action.Action.VietnameseName().ToLowerInvariant()} tài sản {asset.Code} ({asset.Name})";
        var vouchers = new List<string>();
        var steps = new List<(string Event, string Unit, string Key, string Text)>();
        if (action.Action.MovesToUnit())
        {
            steps.Add(("asset-transfer-out", state.Unit, $"TSCD-{action.Id.ToString(CultureInfo.InvariantCulture)}-DI", $"Điều chuyển đi: {what} sang {action.ToUnit}"));
            steps.Add(("asset-transfer-in", action.ToUnit!, $"TSCD-{action.Id.ToString(CultureInfo.InvariantCulture)}-DEN", $"Tiếp nhận: {what} từ {state.Unit} (biên bản bàn giao, tiếp nhận)"));
        }
        else
        {
            steps.Add(("asset-write-off", state.Unit, $"TSCD-{action.Id.ToString(CultureInfo.InvariantCulture)}-GIAM", $"Ghi giảm: {what}"));
            if (action.Proceeds is > 0)
            {
                steps.Add(("asset-proceeds", state.Unit, $"TSCD-{action.Id.ToString(CultureInfo.InvariantCulture)}-THU", $"Số thu từ {what}"));
            }
        }

        foreach (var (@event, unit, key, text) in steps)
        {
            var draft = AssetPosting.Voucher(book, @event, key, unit, date, $"{text}; QĐ {number}", parts.Value);
            if (draft.IsFailure)
            {
                return draft;
            }

            var posted = await work.PostAsync(draft.Value, by, ct);
            if (posted.IsFailure)
            {
                return posted;
            }

            vouchers.Add(posted.Value);
        }

        var applied = asset.Apply(action.Action, date, action.ToUnit, action.Proceeds, string.Join(", ", vouchers), action.Reason, action.Id, by,
            Clock.GetUtcNow());
        if (applied.IsFailure)
        {
            return applied;
        }

        var saved = await work.SaveAsync([asset], ct);
        if (saved.IsFailure)
        {
            return saved;
        }

        await work.SaveActionAsync(action with { Status = AssetActionStatus.Done, Vouchers = string.Join(", ", vouchers), DecidedBy = by, DecidedAt = Clock.GetUtcNow() }, ct);
        return Result.Success();
    }

    /// <summary>A surplus found in a stocktake, approved: its card is opened (origin stocktake-surplus) and booked Nợ 211 / Có 214, Có 36611.</summary>
    private async Task<Result> RecordSurplusAsync(IAssetWork work, AssetActionRequest action, ApprovalRequest approval, string by, AssetCatalogue catalogue, CancellationToken ct)
    {
        var sheet = action.SheetId is { } id ? await work.FindSheetAsync(id, ct) : null;
        var line = sheet?.Lines.FirstOrDefault(l => l.AssetCode == action.AssetCode && l.IsSurplus);
        if (line is null || (await work.ExistingCodesAsync([action.AssetCode], ct)).Count > 0)
        {
            return Result.Failure(new DomainError(AssetErrors.DuplicateCode, $"Tài sản thừa '{action.AssetCode}' không còn trên phiếu kiểm kê hoặc đã có trong sổ tài sản."));
        }

        var cls = catalogue.Class(line.ClassCode!, action.Date.Year)!;
        var group = catalogue.Group(cls.Group, action.Date)!;
        var funding = new AssetFunding(line.OriginalCost!.Value, 0, 0);
        var at = Clock.GetUtcNow();
        var wearLine = new WearLine(Domain.Budgeting.Autonomy.Autonomous, line.Sector!, group.BudgetItem);
        var parts = AssetPosting.Parts(wearLine, group, funding, line.AccumulatedWear ?? 0, 0, action.Date, catalogue);
        if (parts.IsFailure)
        {
            return parts;
        }

        var number = approval.Events.Count > 0 ? approval.Events[^1].DecisionNo : null;
        var draft = AssetPosting.Voucher(book, "asset-surplus", $"TSCD-{action.Id.ToString(CultureInfo.InvariantCulture)}-THUA", action.Unit, action.Date,
            $"Ghi tăng tài sản thừa khi kiểm kê (phiếu {sheet!.Id.ToString(CultureInfo.InvariantCulture)}): {line.AssetCode} ({line.Name}); QĐ {number}", parts.Value);
        if (draft.IsFailure)
        {
            return draft;
        }

        var posted = await work.PostAsync(draft.Value, by, ct);
        if (posted.IsFailure)
        {
            return posted;
        }

        var card = FixedAsset.Open(line.AssetCode, line.Name!, cls.Code, line.InService!.Value, AssetOrigin.StocktakeSurplus, null, null,
            wearLine.Autonomy, wearLine.Sector, wearLine.BudgetItem,
            new AssetEvent(1, AssetEventKind.StocktakeSurplus, action.Date, null, action.Unit, null, funding, line.AccumulatedWear ?? 0, null, null, posted.Value,
                action.Reason, action.Id, by, at));
        var saved = await work.SaveAsync([card], ct);
        if (saved.IsFailure)
        {
            return saved;
        }

        await work.SaveActionAsync(action with { Status = AssetActionStatus.Done, Vouchers = posted.Value, DecidedBy = by, DecidedAt = Clock.GetUtcNow() }, ct);
        return Result.Success();
    }
}

using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Ledger;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>Input of `asset purchase`: the card to open and how the Party's money paid for it.</summary>
public sealed record PartyFundPurchase(string Code, string Name, string ClassCode, BudgetLineKey Line, long Amount, DateOnly Date, bool FromBank, string? Location,
    string? Custodian, string Reason, string By, int? LifeMonths = null);

/// <summary>A purchase as requested, with the approval chain it opened.</summary>
public sealed record AssetPurchaseOpened(AssetPurchaseRequest Purchase, ApprovalRequest Approval);

/// <summary>
/// `asset purchase &lt;code&gt; … --fund-source DANGPHI|QUYDUTRU --method cash|bank`: a fixed asset bought with
/// Party funds, which keep no estimate (NĐ 165/2017 Art. 3, 30: no budget line, so no spending request).
/// It checks everything the purchase will need, asks the purchase rules who decides (<see cref="PurchaseAuthority"/>:
/// Decision 332-QĐ/TU, by the class's authority class and the cost) and opens that approval chain; nothing is
/// posted and no card exists until the final decider signs (<see cref="AssetPurchaseDecisions"/>): then
/// Nợ 211x/213x / Có 111|112 and Nợ 353 / Có 36611 (events asset-purchase-cash|bank, the 353 line from the
/// party-fund role — our reading, U), and the card, origin purchase, funded by the Party share — in the
/// signature's transaction. A fund source that keeps an estimate (its temporary-receipt role posts) is refused:
/// that purchase goes through `spend request` / `spend pay` so the budget sees it.
/// </summary>
public sealed class PurchaseWithPartyFunds(IAssetStore store, IAuthorityStore authority, ILedgerQueries units, PurchaseAuthority purchases, AssetReference reference,
    PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    public const string ThroughSpending = "assets.through-spending";

    /// <summary>The document reference of a purchase's approval chain: "PURCHASE-&lt;id&gt;".</summary>
    public const string ReferencePrefix = "PURCHASE-";

    public async Task<Result<AssetPurchaseOpened>> RunAsync(PartyFundPurchase input, CancellationToken ct)
    {
        var k = input.Line;
        var allowed = await access.CheckAsync(input.By, Permission.AssetChange, k.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<AssetPurchaseOpened>(allowed.Errors);
        }

        var catalogue = reference.With(await store.ClassesAsync(ct));
        var errors = new List<DomainError>();
        if (book.Accounts.Resolve("temporary-receipt", k.FundSource, k.Autonomy, EstimateYear.Current, k.BudgetItem, input.Date) is not { IsSuccess: true, Value.Posts: false })
        {
            errors.Add(new DomainError(ThroughSpending,
                $"Nguồn {k.FundSource} chi qua dự toán: mua tài sản bằng đề nghị chi trên mục mua sắm (spend request … --asset-class … --asset-name …); asset purchase chỉ dùng cho kinh phí của Đảng.", "fund-source"));
        }

        var terms = Terms(catalogue, input.ClassCode, k.FundSource, input.Date, errors);
        if (terms is { } t)
        {
            if (t.Group.ConventionalCost && input.Amount != t.Regime.SpecialAssetValue)
            {
                errors.Add(new DomainError(AssetErrors.SpecialAssetValue,
                    $"Loại {t.Class.Code} là tài sản đặc thù: nguyên giá theo giá quy ước {VietnameseFormat.Amount(t.Regime.SpecialAssetValue)} ({ImportAssets.SpecialSource(t.Regime)}).", "amount"));
            }
            else if (input.LifeMonths is <= 0)
            {
                errors.Add(new DomainError(AssetErrors.BadField, "Thời gian sử dụng --life-months phải là số tháng dương.", "life-months"));
            }
            else if (ToolRecognition.IsTool(input.Amount, t.Regime, t.Group, input.LifeMonths))
            {
                var why = ToolRecognition.Why(input.Amount, t.Regime, input.LifeMonths);
                errors.Add(new DomainError(AssetErrors.BelowThreshold,
                    $"Nguyên giá {VietnameseFormat.Amount(input.Amount)}, {why}: đây là công cụ, dụng cụ (tool receive … --payment cash|bank).",
                    ToolRecognition.IsShortLived(input.LifeMonths, t.Regime) ? "life-months" : "amount"));
            }
        }

        if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(new DomainError(AssetErrors.BadField, "Ghi tên tài sản (--name) và căn cứ mua (--reason, số quyết định).", string.IsNullOrWhiteSpace(input.Name) ? "name" : "reason"));
        }

        var unit = (await units.ListUnitsAsync(ct)).FirstOrDefault(u => u.Code == k.Unit);
        if (unit is null || !unit.IsActiveOn(input.Date))
        {
            errors.Add(new DomainError(AssetErrors.BadField, $"Đơn vị '{k.Unit}' không tồn tại ngày {VietnameseFormat.Date(input.Date)}.", "unit"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<AssetPurchaseOpened>(errors);
        }

        var question = await purchases.QuestionAsync(k, input.ClassCode, input.Amount, unit!.Kind, input.Date, ct);
        if (question.IsFailure)
        {
            return Result.Failure<AssetPurchaseOpened>(question.Errors);
        }

        var rules = await authority.LoadRuleSetsAsync(ct);
        return await store.InWorkAsync(async work =>
        {
            var code = input.Code.Trim();
            var free = await CodeIsFreeAsync(work, code, ct);
            if (free.IsFailure)
            {
                return Result.Failure<AssetPurchaseOpened>(free.Errors);
            }

            var id = await work.NextPurchaseIdAsync(ct);
            var purchase = new AssetPurchaseRequest(id, code, input.Name.Trim(), terms!.Value.Class.Code, k.Unit, k.FundSource, k.Autonomy, k.Sector, k.BudgetItem, input.Amount,
                input.Date, input.FromBank, Trimmed(input.Location), Trimmed(input.Custodian), input.LifeMonths, input.Reason.Trim(), Guid.Empty, AssetActionStatus.Pending, null,
                input.By.Trim(), clock.GetUtcNow(), null, null);

            // The voucher is built now, so a purchase whose entries cannot be made (no account for the fund source) is refused before anyone is asked to decide it.
            var built = Build(book, purchase, terms.Value.Group);
            if (built.IsFailure)
            {
                return Result.Failure<AssetPurchaseOpened>(built.Errors);
            }

            var approval = ApprovalRequest.Submit(Guid.NewGuid(), DocumentKind.PurchaseProposal, ReferencePrefix + N(id), k.Unit, purchase.RequestedBy, question.Value, rules,
                clock.GetLocalNow());
            if (approval.IsFailure)
            {
                return Result.Failure<AssetPurchaseOpened>(approval.Errors);
            }

            var saved = await work.SaveApprovalAsync(approval.Value, ct);
            if (saved.IsFailure)
            {
                return Result.Failure<AssetPurchaseOpened>(saved.Errors);
            }

            purchase = purchase with { ApprovalId = approval.Value.Id };
            await work.SavePurchaseAsync(purchase, ct);
            return Result.Success(new AssetPurchaseOpened(purchase, approval.Value));
        }, ct);
    }

    /// <summary>The class, its group, the wear regime and the funding share of the fund source on the purchase date; null (with the errors added) when any is missing.</summary>
    internal static (FixedAssetClass Class, AssetGroup Group, WearRegime Regime, FundingShareRule Share)? Terms(AssetCatalogue catalogue, string classCode, string fundSource, DateOnly date,
        List<DomainError> errors)
    {
        var cls = catalogue.Class(classCode.Trim(), date.Year);
        var group = cls is null ? null : catalogue.Group(cls.Group, date);
        var regime = catalogue.Regime(date.Year);
        var share = catalogue.Shares.Where(s => s.FundSource == fundSource && s.IsValidOn(date)).MaxBy(s => s.ValidFrom);
        if (cls is null || group is null)
        {
            errors.Add(new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{classCode}' không có hiệu lực năm {N(date.Year)} (xem: partyfinance asset class list).", "class"));
        }
        else if (regime is null)
        {
            errors.Add(new DomainError(AssetErrors.RegimeMissing, $"Chưa có chế độ hao mòn cho năm {N(date.Year)} trong db/assets/wear-regimes.csv.", "date"));
        }

        if (share is null)
        {
            errors.Add(new DomainError(AssetErrors.BadField, $"Nguồn {fundSource} chưa ứng với phần vốn nào của tài sản (db/assets/funding-shares.csv).", "fund-source"));
        }

        return cls is null || group is null || regime is null || share is null ? null : (cls, group, regime, share);
    }

    /// <summary>Refused while the register holds the code or another purchase of it waits for its decision (checked under the work's lock).</summary>
    internal static async Task<Result> CodeIsFreeAsync(IAssetWork work, string code, CancellationToken ct)
    {
        if ((await work.ExistingCodesAsync([code], ct)).Count > 0)
        {
            return Result.Failure(new DomainError(AssetErrors.DuplicateCode, $"Mã tài sản '{code}' đã có trong sổ tài sản.", "code"));
        }

        return await work.PendingPurchaseAsync(code, ct) is { } pending
            ? Result.Failure(new DomainError(AssetErrors.ActionPending, $"Mã tài sản '{code}' đang có đề nghị mua số {N(pending.Id)} chờ quyết định.", "code"))
            : Result.Success();
    }

    /// <summary>The purchase's voucher: Nợ 211x/213x of the class's group / Có 111|112 and Nợ 353 / Có 36611.</summary>
    internal static Result<VoucherDraft> Build(PostingRuleBook book, AssetPurchaseRequest p, AssetGroup group)
    {
        var @event = p.FromBank ? PaymentPosting.AssetPurchaseBank : PaymentPosting.AssetPurchaseCash;
        var built = book.Build(@event, new PostingContext(p.Unit, p.FundSource, p.Autonomy, p.Sector, p.BudgetItem, EstimateYear.Current, p.Date,
            PostingContext.Amount(p.Amount), null, group.Accounts()));
        return built.IsFailure
            ? Result.Failure<VoucherDraft>(built.Errors)
            : Result.Success(new VoucherDraft($"TS-MUA-{p.Code}", p.Date, p.Unit, built.Value.VoucherType,
                $"Mua tài sản {p.Code} ({p.Name}) bằng kinh phí của Đảng: {p.Reason}", built.Value.Lines));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The purchases' side of `approval approve|reject`: signs the step and, on the final signature, writes what
/// `asset purchase` asked for — the voucher and the card (origin purchase, first history entry purchase naming the
/// voucher, the whole cost on the fund source's funding share) — in the one transaction of the signature. A
/// rejection ends the purchase: no card, no voucher.
/// </summary>
public sealed class AssetPurchaseDecisions(IAssetStore store, AssetReference reference, PostingRuleBook book, TimeProvider clock)
    : AssetDocumentDecisions<AssetPurchaseRequest>(store, reference, clock)
{
    public override bool Handles(ApprovalRequest approval) =>
        approval.DocumentKind == DocumentKind.PurchaseProposal && approval.DocumentReference.StartsWith(PurchaseWithPartyFunds.ReferencePrefix, StringComparison.Ordinal);

    protected override async Task<(ApprovalRequest?, AssetPurchaseRequest?, DomainError?)> LoadAsync(IAssetWork work, Guid approvalId, CancellationToken ct)
    {
        var approval = await work.FindApprovalAsync(approvalId, ct);
        var purchase = await work.FindPurchaseAsync(approvalId, ct);
        if (approval is null || purchase is null)
        {
            return (null, null, new DomainError(AuthorityErrors.UnknownRequest, "Không tìm thấy hồ sơ duyệt của đề nghị mua tài sản."));
        }

        return purchase.Status != AssetActionStatus.Pending
            ? (null, null, new DomainError(AssetErrors.NotInUse,
                $"Đề nghị mua tài sản số {PurchaseWithPartyFunds.N(purchase.Id)} đã {AssetActionRequest.StatusName(purchase.Status).ToLowerInvariant()}."))
            : (approval, purchase, null);
    }

    protected override Task SaveRejectedAsync(IAssetWork work, AssetPurchaseRequest document, string by, DateTimeOffset at, CancellationToken ct) =>
        work.SavePurchaseAsync(document with { Status = AssetActionStatus.Rejected, DecidedBy = by, DecidedAt = at }, ct);

    protected override async Task<Result> CarryOutAsync(IAssetWork work, AssetPurchaseRequest purchase, ApprovalRequest approval, string by, AssetCatalogue catalogue, CancellationToken ct)
    {
        var errors = new List<DomainError>();
        var terms = PurchaseWithPartyFunds.Terms(catalogue, purchase.ClassCode, purchase.FundSource, purchase.Date, errors);
        if (terms is not { } t)
        {
            return Result.Failure(errors);
        }

        if ((await work.ExistingCodesAsync([purchase.Code], ct)).Count > 0)
        {
            return Result.Failure(new DomainError(AssetErrors.DuplicateCode, $"Mã tài sản '{purchase.Code}' đã có trong sổ tài sản.", "code"));
        }

        var draft = PurchaseWithPartyFunds.Build(book, purchase, t.Group);
        if (draft.IsFailure)
        {
            return draft;
        }

        var voucher = await work.PostAsync(draft.Value, by, ct);
        if (voucher.IsFailure)
        {
            return voucher;
        }

        var at = Clock.GetUtcNow();
        var card = FixedAsset.Open(purchase.Code, purchase.Name, t.Class.Code, purchase.Date, AssetOrigin.Purchase, purchase.Location, purchase.Custodian, purchase.Autonomy,
            purchase.Sector, purchase.BudgetItem, new AssetEvent(1, AssetEventKind.Purchase, purchase.Date, null, purchase.Unit, null,
                default(AssetFunding).Add(t.Share.Share, purchase.Amount), 0, null, null, voucher.Value, purchase.Reason, null, by, at));
        var saved = await work.SaveAsync([card], ct);
        if (saved.IsFailure)
        {
            return saved;
        }

        await work.SavePurchaseAsync(purchase with { Status = AssetActionStatus.Done, Voucher = voucher.Value, DecidedBy = by, DecidedAt = at }, ct);
        return Result.Success();
    }
}

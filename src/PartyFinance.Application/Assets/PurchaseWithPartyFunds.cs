using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>Input of `asset purchase`: the card to open and how the Party's money paid for it.</summary>
public sealed record PartyFundPurchase(string Code, string Name, string ClassCode, BudgetLineKey Line, long Amount, DateOnly Date, bool FromBank, string? Location,
    string? Custodian, string Reason, string By, int? LifeMonths = null);

/// <summary>
/// `asset purchase &lt;code&gt; … --fund-source DANGPHI|QUYDUTRU --method cash|bank`: a fixed asset bought with
/// Party funds, which keep no estimate (NĐ 165/2017 Art. 3, 30: no budget line, so no spending request):
/// Nợ 211x/213x / Có 111|112 and Nợ 353 / Có 36611 (events asset-purchase-cash|bank, the 353 line from the
/// party-fund role — our reading, U), and the card, origin purchase, funded by the Party share — in one
/// transaction. A fund source that keeps an estimate (its temporary-receipt role posts) is refused: that
/// purchase goes through `spend request` / `spend pay` so the budget sees it.
/// </summary>
public sealed class PurchaseWithPartyFunds(IAssetStore store, AssetReference reference, PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    public const string ThroughSpending = "assets.through-spending";

    public async Task<Result<FixedAsset>> RunAsync(PartyFundPurchase input, CancellationToken ct)
    {
        var k = input.Line;
        var allowed = await access.CheckAsync(input.By, Permission.AssetChange, k.Unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<FixedAsset>(allowed.Errors);
        }

        var catalogue = reference.With(await store.ClassesAsync(ct));
        var errors = new List<DomainError>();
        if (book.Accounts.Resolve("temporary-receipt", k.FundSource, k.Autonomy, EstimateYear.Current, k.BudgetItem, input.Date) is not { IsSuccess: true, Value.Posts: false })
        {
            errors.Add(new DomainError(ThroughSpending,
                $"Nguồn {k.FundSource} chi qua dự toán: mua tài sản bằng đề nghị chi trên mục mua sắm (spend request … --asset-class … --asset-name …); asset purchase chỉ dùng cho kinh phí của Đảng.", "fund-source"));
        }

        var cls = catalogue.Class(input.ClassCode.Trim(), input.Date.Year);
        var group = cls is null ? null : catalogue.Group(cls.Group, input.Date);
        var regime = catalogue.Regime(input.Date.Year);
        var share = catalogue.Shares.Where(s => s.FundSource == k.FundSource && s.IsValidOn(input.Date)).MaxBy(s => s.ValidFrom);
        if (cls is null || group is null)
        {
            errors.Add(new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{input.ClassCode}' không có hiệu lực năm {Y(input.Date.Year)} (xem: partyfinance asset class list).", "class"));
        }
        else if (regime is null)
        {
            errors.Add(new DomainError(AssetErrors.RegimeMissing, $"Chưa có chế độ hao mòn cho năm {Y(input.Date.Year)} trong db/assets/wear-regimes.csv.", "date"));
        }
        else if (group.ConventionalCost && input.Amount != regime.SpecialAssetValue)
        {
            errors.Add(new DomainError(AssetErrors.SpecialAssetValue,
                $"Loại {cls.Code} là tài sản đặc thù: nguyên giá theo giá quy ước {VietnameseFormat.Amount(regime.SpecialAssetValue)} ({ImportAssets.SpecialSource(regime)}).", "amount"));
        }
        else if (input.LifeMonths is <= 0)
        {
            errors.Add(new DomainError(AssetErrors.BadField, "Thời gian sử dụng --life-months phải là số tháng dương.", "life-months"));
        }
        else if (ToolRecognition.IsTool(input.Amount, regime, group, input.LifeMonths))
        {
            var why = ToolRecognition.Why(input.Amount, regime, input.LifeMonths);
            errors.Add(new DomainError(AssetErrors.BelowThreshold,
                $"Nguyên giá {VietnameseFormat.Amount(input.Amount)}, {why}: đây là công cụ, dụng cụ (tool receive … --payment cash|bank).",
                ToolRecognition.IsShortLived(input.LifeMonths, regime) ? "life-months" : "amount"));
        }

        if (share is null)
        {
            errors.Add(new DomainError(AssetErrors.BadField, $"Nguồn {k.FundSource} chưa ứng với phần vốn nào của tài sản (db/assets/funding-shares.csv).", "fund-source"));
        }

        if (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add(new DomainError(AssetErrors.BadField, "Ghi tên tài sản (--name) và căn cứ mua (--reason, số quyết định).", string.IsNullOrWhiteSpace(input.Name) ? "name" : "reason"));
        }

        if (errors.Count > 0)
        {
            return Result.Failure<FixedAsset>(errors);
        }

        return await store.InWorkAsync(async work =>
        {
            var code = input.Code.Trim();
            if (!work.UnitExists(k.Unit, input.Date))
            {
                return Result.Failure<FixedAsset>(new DomainError(AssetErrors.BadField, $"Đơn vị '{k.Unit}' không tồn tại ngày {VietnameseFormat.Date(input.Date)}.", "unit"));
            }

            if ((await work.ExistingCodesAsync([code], ct)).Count > 0)
            {
                return Result.Failure<FixedAsset>(new DomainError(AssetErrors.DuplicateCode, $"Mã tài sản '{code}' đã có trong sổ tài sản.", "code"));
            }

            var @event = input.FromBank ? PaymentPosting.AssetPurchaseBank : PaymentPosting.AssetPurchaseCash;
            var built = book.Build(@event, new PostingContext(k.Unit, k.FundSource, k.Autonomy, k.Sector, k.BudgetItem, EstimateYear.Current, input.Date,
                PostingContext.Amount(input.Amount), null, group!.Accounts()));
            if (built.IsFailure)
            {
                return Result.Failure<FixedAsset>(built.Errors);
            }

            var voucher = await work.PostAsync(new Domain.Ledger.VoucherDraft($"TS-MUA-{code}", input.Date, k.Unit, built.Value.VoucherType,
                $"Mua tài sản {code} ({input.Name.Trim()}) bằng kinh phí của Đảng: {input.Reason.Trim()}", built.Value.Lines), input.By, ct);
            if (voucher.IsFailure)
            {
                return Result.Failure<FixedAsset>(voucher.Errors);
            }

            var card = FixedAsset.Open(code, input.Name.Trim(), cls!.Code, input.Date, AssetOrigin.Purchase, Trimmed(input.Location), Trimmed(input.Custodian), k.Autonomy,
                k.Sector, k.BudgetItem, new AssetEvent(1, AssetEventKind.Purchase, input.Date, null, k.Unit, null, default(AssetFunding).Add(share!.Share, input.Amount), 0, null,
                    null, voucher.Value, input.Reason.Trim(), null, input.By, clock.GetUtcNow()));
            var saved = await work.SaveAsync([card], ct);
            return saved.IsFailure ? Result.Failure<FixedAsset>(saved.Errors) : Result.Success(card);
        }, ct);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Y(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>An upgrade booked: the card after it (new cost and life) and the voucher.</summary>
public sealed record AssetUpgraded(FixedAsset Asset, AssetState State, string Voucher);

/// <summary>
/// `asset upgrade &lt;code&gt; --date D --amount N [--share state|party|other] --reason "…"`: an
/// upgrade completed (TT 141/2025 Art. 9): its cost, gathered on 2413 by the spending vouchers, moves to
/// the asset (Nợ 211x / Có 2413) — refused when the unit's 2413 does not hold that much — and the card's
/// remaining life is recomputed (<see cref="FixedAsset.Upgrade"/>).
/// </summary>
public sealed class UpgradeAsset(IAssetStore store, AssetReference reference, PostingRuleBook book, AccessGuard access, TimeProvider clock)
{
    public async Task<Result<AssetUpgraded>> RunAsync(string code, DateOnly date, long amount, FundingShare share, string? reason, string by, CancellationToken ct)
    {
        var found = await store.FindAsync(code.Trim(), ct);
        if (found is null)
        {
            return new DomainError(AssetErrors.NotFound, $"Không có tài sản mã '{code}' trong sổ tài sản.", "code");
        }

        var unit = found.At(date).Unit;
        var allowed = await access.CheckAsync(by, Permission.AssetChange, unit, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<AssetUpgraded>(allowed.Errors);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new DomainError(AssetErrors.BadField, "Phải ghi lý do, căn cứ (--reason), ví dụ số biên bản thay đổi nguyên giá.", "reason");
        }

        var catalogue = reference.With(await store.ClassesAsync(ct));
        return await store.InWorkAsync(async work =>
        {
            var asset = (await work.FindAsync(found.Code, ct))!;
            var cls = catalogue.Class(asset.ClassCode, date.Year);
            var group = cls is null ? null : catalogue.Group(cls.Group, date);
            if (cls is null || group is null)
            {
                return Result.Failure<AssetUpgraded>(new DomainError(AssetErrors.ClassUnknown, $"Loại tài sản '{asset.ClassCode}' không có hiệu lực năm {date.Year}.", "class"));
            }

            var gathered = await work.BalanceAsync(unit, ["2413"], date, ct);
            if (gathered < amount)
            {
                return Result.Failure<AssetUpgraded>(new DomainError(AssetErrors.BadField,
                    $"TK 2413 (nâng cấp TSCĐ) của đơn vị {unit} ngày {VietnameseFormat.Date(date)} chỉ có {VietnameseFormat.Amount(gathered)}, không đủ {VietnameseFormat.Amount(amount)} để ghi tăng nguyên giá.", "amount"));
            }

            var parts = AssetPosting.Parts(asset.Line, group, default(AssetFunding).Add(share, amount), 0, 0, date, catalogue);
            if (parts.IsFailure)
            {
                return Result.Failure<AssetUpgraded>(parts.Errors);
            }

            var key = $"TSCD-NC-{asset.Code}-{date:yyyyMMdd}-{asset.Events.Count + 1}";
            var draft = AssetPosting.Voucher(book, "asset-upgrade", key, unit, date, $"Nâng cấp tài sản {asset.Code} ({asset.Name}): {reason!.Trim()}", parts.Value);
            if (draft.IsFailure)
            {
                return Result.Failure<AssetUpgraded>(draft.Errors);
            }

            var changed = asset.Upgrade(date, share, amount, cls, null, reason.Trim(), by, clock.GetUtcNow());
            if (changed.IsFailure)
            {
                return Result.Failure<AssetUpgraded>(changed.Errors);
            }

            var voucher = await work.PostAsync(draft.Value, by, ct);
            if (voucher.IsFailure)
            {
                return Result.Failure<AssetUpgraded>(voucher.Errors);
            }

            asset.NameVoucherOfLastEvent(voucher.Value);
            var saved = await work.SaveAsync([asset], ct);
            return saved.IsFailure ? Result.Failure<AssetUpgraded>(saved.Errors) : Result.Success(new AssetUpgraded(asset, asset.Current, voucher.Value));
        }, ct);
    }
}

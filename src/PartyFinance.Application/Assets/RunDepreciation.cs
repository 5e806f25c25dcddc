using System.Globalization;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>
/// `asset depreciate --month yyyy-MM [--unit U]`: the monthly depreciation (khấu hao) of the assets a
/// service unit uses for business (cards marked <c>depreciation</c>): per unit one voucher Nợ 154 / Có 214x
/// dated the month's last day, each asset once per month (<see cref="FixedAsset.DepreciationFor"/>); an
/// asset that cannot be depreciated is reported and the others go on. Same report as the wear run.
/// </summary>
public sealed class RunDepreciation(IAssetStore store, AssetReference reference, PostingRuleBook book, AccessGuard access)
{
    public async Task<Result<WearRunReport>> RunAsync(int year, int month, string? unit, string by, CancellationToken ct)
    {
        var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var allowed = await RunWear.AllowedAsync(store, access, unit, by, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<WearRunReport>(allowed.Errors);
        }

        var catalogue = reference.With(await store.ClassesAsync(ct));
        return await store.InWorkAsync(async work =>
        {
            var skipped = new List<AssetNote>();
            var failed = new List<AssetNote>();
            var vouchers = new List<WearVoucher>();
            var changed = new List<FixedAsset>();
            var cards = unit is null ? await work.LoadUnitsAsync(await work.UnitsAsync(ct), end, ct) : await work.LoadAsync(unit, end, ct);
            var due = new Dictionary<string, List<(FixedAsset Asset, WearOutcome Outcome)>>(StringComparer.OrdinalIgnoreCase);
            foreach (var asset in cards.Where(a => a.Depreciated).DistinctBy(a => a.Key))
            {
                var outcome = asset.DepreciationFor(year, month, catalogue);
                var holder = outcome.Unit ?? asset.At(end).Unit;
                if (unit is not null && !string.Equals(holder, unit, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (outcome.Failure is { } f)
                {
                    failed.Add(new AssetNote(asset.Code, f.Message));
                }
                else if (outcome.SkipReason is { } reason)
                {
                    skipped.Add(new AssetNote(asset.Code, reason));
                }
                else
                {
                    (due.TryGetValue(holder, out var list) ? list : due[holder] = []).Add((asset, outcome));
                }
            }

            foreach (var (u, assets) in due.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var parts = new List<AssetPosting.Part>();
                foreach (var (asset, outcome) in assets)
                {
                    var p = AssetPosting.Parts(asset.Line, outcome.Group!, outcome.Funding, 0, outcome.Amount, end, catalogue);
                    if (p.IsFailure)
                    {
                        return Result.Failure<WearRunReport>(p.Errors);
                    }

                    parts.AddRange(p.Value);
                }

                var period = $"{month.ToString("00", CultureInfo.InvariantCulture)}/{year.ToString(CultureInfo.InvariantCulture)}";
                var draft = AssetPosting.Voucher(book, "asset-depreciation", $"KH-{u}-{year.ToString(CultureInfo.InvariantCulture)}-{month.ToString("00", CultureInfo.InvariantCulture)}-{assets.Count.ToString(CultureInfo.InvariantCulture)}-{assets[0].Asset.Code}",
                    u, end, $"Khấu hao TSCĐ dùng cho hoạt động kinh doanh tháng {period} ({assets.Count.ToString(CultureInfo.InvariantCulture)} tài sản)", parts);
                var posted = draft.IsFailure ? Result.Failure<string>(draft.Errors) : await work.PostAsync(draft.Value, by, ct);
                if (posted.IsFailure)
                {
                    var why = string.Join(" ", posted.Errors.Select(e => e.Message));
                    failed.AddRange(assets.Select(a => new AssetNote(a.Asset.Code, why)));
                    continue;
                }

                foreach (var (asset, outcome) in assets)
                {
                    asset.RecordDepreciation(year, month, outcome.Amount, u, posted.Value);
                    changed.Add(asset);
                }

                vouchers.Add(new WearVoucher(u, posted.Value, string.Empty, assets.Count, assets.Sum(a => a.Outcome.Amount)));
            }

            var saved = await work.SaveAsync(changed, ct);
            return saved.IsFailure ? Result.Failure<WearRunReport>(saved.Errors)
                : Result.Success(new WearRunReport(year, changed.Count, vouchers.Sum(v => v.Amount), skipped, failed, vouchers));
        }, ct);
    }
}

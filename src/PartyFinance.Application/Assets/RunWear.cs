using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PartyFinance.Application.Authority;
using PartyFinance.Domain.Assets;
using PartyFinance.Domain.Authority;
using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;
using PartyFinance.Domain.Posting;

namespace PartyFinance.Application.Assets;

/// <summary>The answer of `asset wear`: assets worn, total, skipped and failed assets with reasons, and the vouchers posted.</summary>
public sealed record WearRunReport(int Year, int Worn, long TotalWear, IReadOnlyList<AssetNote> Skipped, IReadOnlyList<AssetNote> Failed, IReadOnlyList<WearVoucher> Vouchers);

public sealed record AssetNote(string Code, string Reason);

/// <summary>A unit's wear voucher (Nợ 611x3 / Có 214x) and its year-end revenue voucher (Nợ 36611 / Có 511x) for the same amount.</summary>
public sealed record WearVoucher(string Unit, string Wear, string Revenue, int Assets, long Amount);

/// <summary>
/// `asset wear --year Y [--unit U]`: the December wear run (TT 141/2025 Art. 12.1). Each asset's
/// wear comes from <see cref="FixedAsset.WearFor"/>; one that cannot be worn (its class has no rate
/// for the year, the unit's December is locked) is reported and the others go on. Per unit, one wear
/// voucher and one revenue voucher dated 31/12, lines summed by fund source, autonomy, sector, item
/// and group. Idempotent: an asset is worn once per year (the store's key refuses a second time),
/// and a second run only wears assets added since.
/// </summary>
public sealed class RunWear(IAssetStore store, AssetReference reference, PostingRuleBook book, AccessGuard access)
{
    private const int UnitsPerLoad = 5;

    public async Task<Result<WearRunReport>> RunAsync(int year, string? unit, string by, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var allowed = await AllowedAsync(store, access, unit, by, ct);
        if (allowed.IsFailure)
        {
            return Result.Failure<WearRunReport>(allowed.Errors);
        }

        var catalogue = reference.With(await store.ClassesAsync(ct));
        return await store.InWorkAsync(async work =>
        {
            if (unit is not null && !work.UnitExists(unit, end) && !work.UnitExists(unit, new DateOnly(year, 1, 1)))
            {
                return Result.Failure<WearRunReport>(new DomainError(AssetErrors.BadField, $"Đơn vị '{unit}' không tồn tại trong năm {Y(year)}.", "unit"));
            }

            var skipped = new List<AssetNote>();
            var failed = new List<AssetNote>();
            var vouchers = new List<WearVoucher>();
            var count = 0;

            // Five units at a time, the next five read ahead on their own connection while these are worn
            // and posted: only their cards are in memory, however large the province. A card is handled with
            // the unit that holds it at 31/12 (it is loaded with every unit it passed through).
            var chunks = (unit is null ? await work.UnitsAsync(ct) : [unit]).Chunk(UnitsPerLoad).ToList();
            var index = 0;
            await foreach (var cards in work.LoadUnitGroupsAsync(chunks, end, ct))
            {
                var chunk = chunks[index++];
                var booked = new List<FixedAsset>();
                var inChunk = new HashSet<string>(chunk, StringComparer.OrdinalIgnoreCase);
                var worn = new Dictionary<string, List<(FixedAsset Asset, WearOutcome Wear)>>(StringComparer.OrdinalIgnoreCase);
                foreach (var asset in cards)
                {
                    // A card whose purchase was reversed left the register: not worn, not reported (its code may be another card's now).
                    if (asset.IsReversed && asset.At(end).Status == AssetStatus.PurchaseReversed)
                    {
                        continue;
                    }

                    var outcome = asset.WearFor(year, catalogue);
                    var holder = outcome.Unit ?? asset.At(end).Unit;
                    if (!inChunk.Contains(holder))
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
                    else if (outcome.Amount > 0)
                    {
                        (worn.TryGetValue(holder, out var list) ? list : worn[holder] = []).Add((asset, outcome));
                    }
                    else
                    {
                        skipped.Add(new AssetNote(asset.Code, "Hao mòn năm nay bằng 0."));
                    }
                }

                foreach (var (u, assets) in worn.OrderBy(w => w.Key, StringComparer.Ordinal))
                {
                    var posted = await PostUnitAsync(work, u, year, end, assets, catalogue, by, ct);
                    if (posted.IsFailure)
                    {
                        var why = string.Join(" ", posted.Errors.Select(e => e.Message));
                        failed.AddRange(assets.Select(a => new AssetNote(a.Asset.Code, why)));
                        continue;
                    }

                    vouchers.Add(posted.Value);
                    foreach (var (asset, wear) in assets)
                    {
                        asset.RecordWear(year, wear.Amount, u, posted.Value.Wear);
                        booked.Add(asset);
                    }
                }

                // Stored with their chunk, so the cards can go.
                await work.SaveWearAsync(booked, ct);
                count += booked.Count;
            }

            return Result.Success(new WearRunReport(year, count, vouchers.Sum(v => v.Amount), skipped.OrderBy(s => s.Code, StringComparer.Ordinal).ToList(),
                failed.OrderBy(s => s.Code, StringComparer.Ordinal).ToList(), vouchers));
        }, ct);
    }

    private async Task<Result<WearVoucher>> PostUnitAsync(IAssetWork work, string unit, int year, DateOnly end, List<(FixedAsset Asset, WearOutcome Wear)> assets,
        AssetCatalogue catalogue, string by, CancellationToken ct)
    {
        // Sum first, build once per (fund source, autonomy, sector, item, group): a province's run is a handful of lines per unit.
        // Keyed by the group's code (a record's hash would walk all its fields for every asset).
        var sums = new Dictionary<(string Fund, Autonomy Autonomy, string Sector, string Item, string Group), long>();
        var groups = new Dictionary<string, AssetGroup>(StringComparer.Ordinal);
        var rules = new Dictionary<FundingShare, FundingShareRule?>();
        foreach (var (asset, wear) in assets)
        {
            groups.TryAdd(wear.Group!.Code, wear.Group);
            var f = wear.Funding;
            IEnumerable<(FundingShare, long)> split = f.Party == 0 && f.Other == 0 ? [(FundingShare.State, wear.Amount)] : f.Split(wear.Amount);
            foreach (var (share, amount) in split)
            {
                if (!rules.TryGetValue(share, out var rule))
                {
                    rules[share] = rule = catalogue.Share(share, end);
                }

                if (rule is null)
                {
                    return new DomainError(AssetErrors.BadField, $"Chưa có nguồn ghi sổ cho phần vốn '{share.ToCode()}' năm {Y(year)} (db/assets/funding-shares.csv).");
                }

                var key = (rule.FundSource, asset.Autonomy, asset.Sector, asset.BudgetItem, wear.Group.Code);
                sums[key] = checked(sums.GetValueOrDefault(key) + amount);
            }
        }

        var parts = sums.Select(s => new AssetPosting.Part(s.Key.Fund, s.Key.Autonomy, s.Key.Sector, s.Key.Item, groups[s.Key.Group],
            new Dictionary<string, long>(StringComparer.Ordinal) { ["amount"] = s.Value })).ToList();
        var tag = Tag(assets.Select(a => a.Asset.Code));
        var total = assets.Sum(a => a.Wear.Amount);
        var count = assets.Count.ToString(CultureInfo.InvariantCulture);
        var wearDraft = AssetPosting.Voucher(book, "asset-wear", $"HM-{unit}-{Y(year)}-{tag}", unit, end, $"Hao mòn TSCĐ năm {Y(year)} ({count} tài sản)", parts);
        var revenueDraft = AssetPosting.Voucher(book, "asset-wear-revenue", $"KCHM-{unit}-{Y(year)}-{tag}", unit, end,
            $"Kết chuyển hao mòn TSCĐ năm {Y(year)} sang thu (Nợ 36611 / Có 511)", parts);
        if (wearDraft.IsFailure || revenueDraft.IsFailure)
        {
            return Result.Failure<WearVoucher>([.. wearDraft.Errors, .. revenueDraft.Errors]);
        }

        var wearNo = await work.PostAsync(wearDraft.Value, by, ct);
        if (wearNo.IsFailure)
        {
            return Result.Failure<WearVoucher>(wearNo.Errors);
        }

        var revenueNo = await work.PostAsync(revenueDraft.Value, by, ct);
        return revenueNo.IsFailure
            ? Result.Failure<WearVoucher>(revenueNo.Errors)
            : Result.Success(new WearVoucher(unit, wearNo.Value, revenueNo.Value, assets.Count, total));
    }

    /// <summary>A run for one unit needs the permission for it; for the province, for every unit holding assets.</summary>
    internal static async Task<Result> AllowedAsync(IAssetStore store, AccessGuard access, string? unit, string by, CancellationToken ct) => unit is not null
        ? await access.CheckAsync(by, Permission.AssetWear, unit, ct)
        : await access.CheckAsync(by, Permission.AssetWear, (await store.UnitsAsync(ct)).Select(u => (string?)u).ToList(), ct);

    /// <summary>A short tag for the set of assets a voucher covers, so a later run (new assets only) gets its own key.</summary>
    private static string Tag(IEnumerable<string> codes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", codes.Order(StringComparer.Ordinal)))))[..10];

    private static string Y(int n) => n.ToString(CultureInfo.InvariantCulture);
}

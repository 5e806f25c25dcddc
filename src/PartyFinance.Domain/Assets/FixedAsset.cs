using PartyFinance.Domain.Budgeting;
using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// An asset card (thẻ tài sản cố định): what the asset is, where it came from and who keeps it, and
/// its history. Everything that changes — the unit holding it, the original cost and its funding
/// shares, accumulated wear, status, a life recomputed by an upgrade — is read from the history, so
/// the card as at any date is the history up to that date. The wear line (fund source autonomy,
/// sector, budget item) is where the asset's wear expense and revenue are booked.
/// </summary>
public sealed class FixedAsset
{
    private readonly List<AssetEvent> _events;
    private readonly List<AssetWearEntry> _wear;
    private readonly List<AssetDepreciationEntry> _depreciation;

    private FixedAsset(string code, string name, string classCode, DateOnly inService, AssetOrigin origin, string? location, string? custodian,
        Autonomy autonomy, string sector, string budgetItem, int version, List<AssetEvent> events, List<AssetWearEntry> wear, bool depreciated,
        List<AssetDepreciationEntry> depreciation, string key)
    {
        Key = key;
        Depreciated = depreciated;
        _depreciation = depreciation;
        Code = code;
        Name = name;
        ClassCode = classCode;
        InService = inService;
        Origin = origin;
        Location = location;
        Custodian = custodian;
        Autonomy = autonomy;
        Sector = sector;
        BudgetItem = budgetItem;
        Version = version;
        _events = events;
        _wear = wear;
    }

    /// <summary>The register code people see and type: at most one card that is not reversed holds it.</summary>
    public string Code { get; }

    /// <summary>
    /// The card's stored identity. The card's code for the first card to take it; a card that takes a code left by a
    /// reversed card (status purchase-reversed) gets another key from the store when it is first saved (code#2 …), so
    /// the earlier card keeps its history and every row that names it.
    /// </summary>
    public string Key { get; private set; }

    public string Name { get; }

    public string ClassCode { get; }

    public DateOnly InService { get; }

    public AssetOrigin Origin { get; }

    public string? Location { get; }

    public string? Custodian { get; }

    public Autonomy Autonomy { get; }

    public string Sector { get; }

    public string BudgetItem { get; }

    /// <summary>Where this asset's wear and its revenue are booked.</summary>
    public WearLine Line => new(Autonomy, Sector, BudgetItem);

    /// <summary>
    /// Used by a service unit for business, lease or joint ventures: depreciated monthly (khấu hao, TT
    /// 141/2025 Art. 11.2, 15) instead of worn once a year.
    /// </summary>
    public bool Depreciated { get; }

    /// <summary>Depreciation booked, one entry per month.</summary>
    public IReadOnlyList<AssetDepreciationEntry> Depreciation => _depreciation;

    /// <summary>Stored version: a change saved over a newer version is refused.</summary>
    public int Version { get; private set; }

    /// <summary>History entries other than wear, in order.</summary>
    public IReadOnlyList<AssetEvent> Events => _events;

    /// <summary>Wear booked, one entry per fiscal year.</summary>
    public IReadOnlyList<AssetWearEntry> Wear => _wear;

    /// <summary>Events not yet stored (appended since the card was loaded).</summary>
    public IReadOnlyList<AssetEvent> NewEvents => _events.Skip(_stored).ToList();

    /// <summary>Wear not yet stored.</summary>
    public IReadOnlyList<AssetWearEntry> NewWear => _wear.Skip(_storedWear).ToList();

    /// <summary>Depreciation not yet stored.</summary>
    public IReadOnlyList<AssetDepreciationEntry> NewDepreciation => _depreciation.Skip(_storedDepreciation).ToList();

    public bool HasChanges => _events.Count > _stored || _wear.Count > _storedWear || _depreciation.Count > _storedDepreciation;

    private int _stored;
    private int _storedWear;
    private int _storedDepreciation;

    /// <summary>A new card, opened by its first event (an opening balance, a purchase, a transfer in).</summary>
    public static FixedAsset Open(string code, string name, string classCode, DateOnly inService, AssetOrigin origin, string? location, string? custodian,
        Autonomy autonomy, string sector, string budgetItem, AssetEvent first, bool depreciated = false) =>
        new(code, name, classCode, inService, origin, location, custodian, autonomy, sector, budgetItem, 0, [first with { Seq = 1 }], [], depreciated, [], code);

    public static FixedAsset Restore(string code, string name, string classCode, DateOnly inService, AssetOrigin origin, string? location, string? custodian,
        Autonomy autonomy, string sector, string budgetItem, int version, IEnumerable<AssetEvent> events, IEnumerable<AssetWearEntry> wear,
        bool depreciated = false, IEnumerable<AssetDepreciationEntry>? depreciation = null, string? key = null)
    {
        var asset = new FixedAsset(code, name, classCode, inService, origin, location, custodian, autonomy, sector, budgetItem, version,
            events.OrderBy(e => e.Seq).ToList(), wear.OrderBy(w => w.Year).ToList(), depreciated,
            (depreciation ?? []).OrderBy(d => d.Year).ThenBy(d => d.Month).ToList(), key ?? code);
        asset._stored = asset._events.Count;
        asset._storedWear = asset._wear.Count;
        asset._storedDepreciation = asset._depreciation.Count;
        return asset;
    }

    /// <summary>The key the store gives a new card before it first writes it (another than its code when reversed cards hold the code).</summary>
    public void KeyedAs(string key)
    {
        if (Version != 0)
        {
            throw new InvalidOperationException($"Asset {Code} is stored: its key does not change.");
        }

        Key = key;
    }

    /// <summary>A card whose purchase was reversed: it left the register, its code free for a new card, its history kept.</summary>
    public bool IsReversed => _events.Count > 0 && _events[^1].Kind == AssetEventKind.PurchaseReversed;

    /// <summary>Marks the appended events stored, at the version the store wrote.</summary>
    public void Stored(int version)
    {
        _stored = _events.Count;
        _storedWear = _wear.Count;
        _storedDepreciation = _depreciation.Count;
        Version = version;
    }

    public AssetState At(DateOnly date)
    {
        var unit = _events[0].Unit;
        var funding = default(AssetFunding);
        long wear = 0;
        var status = AssetStatus.InUse;
        int? life = null;
        DateOnly? lifeFrom = null;
        foreach (var e in _events)
        {
            if (e.Date > date)
            {
                continue;
            }

            unit = e.Unit;
            funding = new AssetFunding(checked(funding.State + e.CostChange.State), checked(funding.Party + e.CostChange.Party),
                checked(funding.Other + e.CostChange.Other));
            wear = checked(wear + e.WearChange);
            if (e.LifeYears is { } l)
            {
                (life, lifeFrom) = (l, e.Date);
            }

            status = e.Kind switch
            {
                AssetEventKind.Sell => AssetStatus.Sold,
                AssetEventKind.Liquidate => AssetStatus.Liquidated,
                AssetEventKind.Destroy => AssetStatus.Destroyed,
                AssetEventKind.WriteOffLoss => AssetStatus.WrittenOff,
                AssetEventKind.PurchaseReversed => AssetStatus.PurchaseReversed,
                _ => status,
            };
        }

        foreach (var w in _wear)
        {
            if (new DateOnly(w.Year, 12, 31) <= date)
            {
                wear = checked(wear + w.Amount);
            }
        }

        foreach (var d in _depreciation)
        {
            if (d.End <= date)
            {
                wear = checked(wear + d.Amount);
            }
        }

        return new AssetState(unit, funding, wear, status, life, lifeFrom);
    }

    /// <summary>The card as it stands after its last event.</summary>
    public AssetState Current => At(DateOnly.MaxValue);

    public bool IsWornIn(int year) => _wear.Exists(w => w.Year == year);

    /// <summary>
    /// This asset's wear for fiscal <paramref name="year"/> (TT 141/2025 Art. 12–14, 18): worn by the
    /// unit holding it at 31/12, once; skipped when it was not in use, is of a group that is not worn,
    /// is fully worn or was already worn that year; refused when the rules for the year are missing.
    /// </summary>
    public WearOutcome WearFor(int year, AssetCatalogue catalogue)
    {
        var end = new DateOnly(year, 12, 31);
        if (InService > end)
        {
            return WearOutcome.Skip("Chưa đưa vào sử dụng trong năm.");
        }

        var state = At(end);
        if (state.Status != AssetStatus.InUse)
        {
            return WearOutcome.Skip($"Đã ghi giảm ({state.Status.VietnameseName().ToLowerInvariant()}).");
        }

        if (IsWornIn(year))
        {
            return WearOutcome.Skip($"Đã tính hao mòn năm {N(year)}.");
        }

        if (Depreciated)
        {
            return WearOutcome.Skip("Tài sản dùng cho hoạt động kinh doanh: trích khấu hao hằng tháng (asset depreciate), không tính hao mòn.");
        }

        var assetClass = catalogue.Class(ClassCode, year);
        if (assetClass is null)
        {
            return WearOutcome.Fail(AssetErrors.ClassUnknown, $"Loại tài sản '{ClassCode}' không có hiệu lực năm {N(year)} trong danh mục (db/assets/asset-classes.csv hoặc asset class import).");
        }

        var group = catalogue.Group(assetClass.Group, end);
        if (group is null)
        {
            return WearOutcome.Fail(AssetErrors.GroupUnknown, $"Nhóm tài sản '{assetClass.Group}' của loại '{ClassCode}' không có trong db/assets/asset-groups.csv năm {N(year)}.");
        }

        if (!group.Worn)
        {
            return WearOutcome.Skip($"Nhóm '{group.Name}' không tính hao mòn.");
        }

        var regime = catalogue.Regime(year);
        if (regime is null)
        {
            return WearOutcome.Fail(AssetErrors.RegimeMissing, $"Chưa có chế độ hao mòn cho năm {N(year)} trong db/assets/wear-regimes.csv.");
        }

        var before = WornBefore(year, end);
        var cost = state.Funding.Total;
        if (cost - before <= 0)
        {
            return WearOutcome.Skip("Đã hao mòn hết.");
        }

        var life = state.LifeYears ?? assetClass.UsefulLifeYears;
        (long, int)? transition = null;
        if (regime.TransitionYear is { } t && t <= year && InService.Year < t && (state.LifeFrom is null || state.LifeFrom < new DateOnly(t, 1, 1)))
        {
            transition = TransitionBasis(t);
        }

        var wear = AnnualWear.For(cost, before, year - InService.Year, assetClass with { UsefulLifeYears = life }, regime.Rounding, transition);
        return wear.IsFailure
            ? WearOutcome.Fail(wear.FirstError.Code, wear.FirstError.Message)
            : WearOutcome.Worn(wear.Value, state.Unit, group, state.Funding);
    }

    /// <summary>
    /// What the transition rule (TT 141/2025 Art. 18.1) spreads over the new life: the residual and the years used as the
    /// card stood at 01/01 of the transition year <paramref name="t"/>. A card opened later (a register taken over during
    /// 2026 or after, a surplus found) did not exist then: its basis is its opening — the opening's accumulated wear runs to
    /// the 31/12 before it, since wear is booked only on 31/12 — over the years used to that 31/12. Taken over during the
    /// transition year, that is the residual at 31/12 of the year before it, so the day of the take-over changes nothing.
    /// </summary>
    private (long Residual, int YearsWorn) TransitionBasis(int t)
    {
        var start = new DateOnly(t, 1, 1);
        if (_events[0].Date > start)
        {
            start = _events[0].Date;
        }

        return (checked(At(start).Funding.Total - WornBefore(start.Year, start)), start.Year - InService.Year);
    }

    /// <summary>
    /// Wear accumulated before fiscal <paramref name="year"/>'s wear, from entries up to <paramref name="asOf"/>:
    /// an opening balance dated 01/01 carries the wear accumulated to the previous 31/12.
    /// </summary>
    private long WornBefore(int year, DateOnly asOf)
    {
        long worn = 0;
        foreach (var e in _events)
        {
            if (e.Date <= asOf)
            {
                worn = checked(worn + e.WearChange);
            }
        }

        foreach (var w in _wear)
        {
            if (w.Year < year && new DateOnly(w.Year, 12, 31) <= asOf)
            {
                worn = checked(worn + w.Amount);
            }
        }

        return worn;
    }

    /// <summary>
    /// This asset's depreciation for a month (TT 141/2025 Art. 15, straight line): original cost × annual
    /// rate ÷ 12, rounded by the regime; the last month of its life (useful life × 12 months from the month
    /// it came into use) takes what is left, and no month takes more than the residual.
    /// </summary>
    public WearOutcome DepreciationFor(int year, int month, AssetCatalogue catalogue)
    {
        var end = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        if (!Depreciated)
        {
            return WearOutcome.Skip("Tài sản tính hao mòn hằng năm, không trích khấu hao.");
        }

        if (InService > end)
        {
            return WearOutcome.Skip("Chưa đưa vào sử dụng trong tháng.");
        }

        var state = At(end);
        if (state.Status != AssetStatus.InUse)
        {
            return WearOutcome.Skip($"Đã ghi giảm ({state.Status.VietnameseName().ToLowerInvariant()}).");
        }

        if (_depreciation.Exists(d => d.Year == year && d.Month == month))
        {
            return WearOutcome.Skip($"Đã trích khấu hao tháng {month:00}/{N(year)}.");
        }

        var assetClass = catalogue.Class(ClassCode, year);
        var group = assetClass is null ? null : catalogue.Group(assetClass.Group, end);
        var regime = catalogue.Regime(year);
        if (assetClass is null || group is null || regime is null)
        {
            return WearOutcome.Fail(AssetErrors.ClassUnknown, $"Loại tài sản '{ClassCode}' hoặc chế độ hao mòn không có hiệu lực năm {N(year)}.");
        }

        var residual = state.Funding.Total - WornBefore(year, end) - _depreciation.Where(d => d.End < new DateOnly(year, month, 1)).Sum(d => d.Amount);
        if (residual <= 0)
        {
            return WearOutcome.Skip("Đã khấu hao hết.");
        }

        var life = (state.LifeYears ?? assetClass.UsefulLifeYears) * 12;
        var used = (year - InService.Year) * 12 + month - InService.Month;
        var amount = used >= life - 1 ? residual
            : Math.Min(residual, Money.Vnd(state.Funding.Total).Multiply(assetClass.AnnualRatePercent / 1200m, regime.Rounding).MinorUnits);
        return WearOutcome.Worn(amount, state.Unit, group, state.Funding);
    }

    /// <summary>Books a month's depreciation on the card (once per month).</summary>
    public Result RecordDepreciation(int year, int month, long amount, string unit, string voucher)
    {
        if (_depreciation.Exists(d => d.Year == year && d.Month == month))
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.BadField, $"Tài sản {Code} đã trích khấu hao tháng {month:00}/{N(year)}.", "month"));
        }

        _depreciation.Add(new AssetDepreciationEntry(year, month, unit, amount, voucher));
        return Result.Success();
    }

    /// <summary>Books the year's wear on the card (once per year).</summary>
    public Result RecordWear(int year, long amount, string unit, string voucher)
    {
        if (IsWornIn(year))
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.BadField, $"Tài sản {Code} đã tính hao mòn năm {N(year)}.", "year"));
        }

        _wear.Add(new AssetWearEntry(year, unit, amount, voucher));
        return Result.Success();
    }

    /// <summary>
    /// An upgrade or other approved cost change on <paramref name="date"/> (TT 141/2025 Art. 9, 13–14):
    /// the cost grows on one funding share and the life is recomputed — remaining life = (cost after
    /// the change − wear accumulated to the previous 31/12) ÷ (new cost × rate), rounded up to a whole
    /// year; total life = years already used + remaining life.
    /// </summary>
    public Result Upgrade(DateOnly date, FundingShare share, long amount, FixedAssetClass assetClass, string? voucher, string reason, string by, DateTimeOffset at)
    {
        var state = At(date);
        if (state.Status != AssetStatus.InUse || date < InService)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.NotInUse, $"Tài sản {Code} không đang sử dụng ngày {VietnameseFormat.Date(date)}.", "date"));
        }

        if (amount <= 0)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.BadField, "Giá trị nâng cấp phải là số đồng dương.", "amount"));
        }

        var newCost = checked(state.Funding.Total + amount);
        var accumulated = WornBefore(date.Year, date);
        var used = Math.Max(0, date.Year - InService.Year);
        int life;
        if (assetClass.AnnualRatePercent <= 0)
        {
            life = state.LifeYears ?? assetClass.UsefulLifeYears;
        }
        else
        {
            var yearly = newCost * assetClass.AnnualRatePercent / 100m;
            life = used + (int)Math.Ceiling((newCost - accumulated) / yearly);
        }

        Append(new AssetEvent(0, AssetEventKind.Upgrade, date, null, state.Unit, null, default(AssetFunding).Add(share, amount), 0, null, life, voucher,
            reason, null, by, at));
        return Result.Success();
    }

    /// <summary>The approved action, booked: a transfer or recovery moves the card to <paramref name="toUnit"/>; a disposal ends it.</summary>
    public Result Apply(AssetAction action, DateOnly date, string? toUnit, long? proceeds, string vouchers, string reason, long actionId, string by, DateTimeOffset at)
    {
        var state = At(date);
        if (state.Status != AssetStatus.InUse || date < InService)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.NotInUse, $"Tài sản {Code} không đang sử dụng ngày {VietnameseFormat.Date(date)}.", "date"));
        }

        if (_events.Any(e => e.Date > date))
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.BadField,
                $"Tài sản {Code} đã có nghiệp vụ sau ngày {VietnameseFormat.Date(date)}; không ghi lùi ngày.", "date"));
        }

        var moves = action.MovesToUnit();
        Append(new AssetEvent(0, action.Event(), date, null, moves ? toUnit! : state.Unit, moves ? state.Unit : null, default, 0, proceeds, null, vouchers,
            reason, actionId, by, at));
        return Result.Success();
    }

    /// <summary>
    /// The purchase payment that opened this card was reversed: allowed only while nothing else touched
    /// the card (its purchase is its only entry, no wear or depreciation booked, no action asked) — the
    /// card then takes back its cost and leaves the register, its history keeping both entries.
    /// </summary>
    public Result ReversePurchase(DateOnly date, string voucher, string reason, bool actionsAsked, string by, DateTimeOffset at)
    {
        var touched = _events.Count != 1 || _events[0].Kind != AssetEventKind.Purchase || _wear.Count > 0 || _depreciation.Count > 0 || actionsAsked;
        if (touched || date < _events[0].Date)
        {
            return Result.Failure(AssetErrors.Error(AssetErrors.Touched, touched
                ? $"Tài sản {Code} đã có nghiệp vụ sau khi mua (hao mòn, khấu hao, nâng cấp hoặc đề nghị xử lý): không đảo chứng từ mua được; ghi giảm tài sản bằng nghiệp vụ tài sản theo quyết định của cấp có thẩm quyền (partyfinance asset show {Code})."
                : $"Ngày đảo {VietnameseFormat.Date(date)} trước ngày mua tài sản {Code} ({VietnameseFormat.Date(_events[0].Date)}).", touched ? "number" : "date"));
        }

        var s = Current;
        Append(new AssetEvent(0, AssetEventKind.PurchaseReversed, date, null, s.Unit, null, new AssetFunding(-s.Funding.State, -s.Funding.Party, -s.Funding.Other), 0, null, null,
            voucher, reason, null, by, at));
        return Result.Success();
    }

    /// <summary>Names the voucher of the entry just appended (it is posted after the entry has been checked); stored entries never change.</summary>
    public void NameVoucherOfLastEvent(string voucher)
    {
        if (_events.Count <= _stored)
        {
            throw new InvalidOperationException("Only an entry not yet stored can be given its voucher.");
        }

        _events[^1] = _events[^1] with { Vouchers = voucher };
    }

    private void Append(AssetEvent e) => _events.Add(e with { Seq = _events.Count == 0 ? 1 : _events[^1].Seq + 1 });

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The depreciation of one month, booked on its last day by the unit then holding the asset, with its voucher.</summary>
public sealed record AssetDepreciationEntry(int Year, int Month, string Unit, long Amount, string Voucher)
{
    public DateOnly End => new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1);
}

/// <summary>The wear of one fiscal year, booked on 31/12 by the unit then holding the asset, with its voucher.</summary>
public sealed record AssetWearEntry(int Year, string Unit, long Amount, string Voucher);

/// <summary>The card as at a date: the unit holding it, original cost by funding share, accumulated wear, status and a life recomputed by an upgrade.</summary>
public sealed record AssetState(string Unit, AssetFunding Funding, long AccumulatedWear, AssetStatus Status, int? LifeYears, DateOnly? LifeFrom)
{
    public long OriginalCost => Funding.Total;

    public long Residual => checked(Funding.Total - AccumulatedWear);
}

/// <summary>One asset's result in a wear run: the amount, the unit wearing it, its group and its funding at 31/12 — or why not.</summary>
public sealed record WearOutcome(long Amount, string? Unit, AssetGroup? Group, AssetFunding Funding, string? SkipReason, DomainError? Failure)
{
    public bool IsWorn => SkipReason is null && Failure is null;

    public static WearOutcome Worn(long amount, string unit, AssetGroup group, AssetFunding funding) => new(amount, unit, group, funding, null, null);

    public static WearOutcome Skip(string reason) => new(0, null, null, default, reason, null);

    public static WearOutcome Fail(string code, string message) => new(0, null, null, default, null, new DomainError(code, message));
}

using System.Collections.Frozen;
using PartyFinance.Domain.Assets;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The measures the asset reports read from the register, by column key of reports/*.columns.csv: the
/// original cost (nguyên giá), accumulated wear (hao mòn lũy kế) and residual (giá trị còn lại) at the
/// start and end of the year, the increases by origin, the decreases by kind and the year's wear.
/// </summary>
public static class AssetMeasures
{
    public const string OpeningCost = "opening_cost";
    public const string IncreasePurchase = "increase_purchase";
    public const string IncreaseInvestment = "increase_investment";
    public const string IncreaseTransferIn = "increase_transfer_in";
    public const string IncreaseGift = "increase_gift";
    public const string IncreaseSurplus = "increase_surplus";
    public const string IncreaseUpgrade = "increase_upgrade";
    public const string IncreaseOther = "increase_other";
    public const string IncreaseTotal = "increase_total";
    public const string DecreaseTransfer = "decrease_transfer";
    public const string DecreaseRecover = "decrease_recover";
    public const string DecreaseSell = "decrease_sell";
    public const string DecreaseLiquidate = "decrease_liquidate";
    public const string DecreaseDestroy = "decrease_destroy";
    public const string DecreaseWriteOff = "decrease_write_off";
    public const string DecreaseTotal = "decrease_total";
    public const string ClosingCost = "closing_cost";
    public const string OpeningWear = "opening_wear";
    public const string WearYear = "wear_year";
    public const string WearIn = "wear_in";
    public const string WearOut = "wear_out";
    public const string ClosingWear = "closing_wear";
    public const string OpeningResidual = "opening_residual";
    public const string ClosingResidual = "closing_residual";

    /// <summary>Register rows only: the cost, accumulated wear and residual the asset had on the unit's books at the end of the year or when it left them.</summary>
    public const string Cost = "cost";
    public const string Accumulated = "accumulated";
    public const string Residual = "residual";

    public static readonly IReadOnlySet<string> Movement = new HashSet<string>(StringComparer.Ordinal)
    {
        OpeningCost, IncreasePurchase, IncreaseInvestment, IncreaseTransferIn, IncreaseGift, IncreaseSurplus, IncreaseUpgrade, IncreaseOther, IncreaseTotal,
        DecreaseTransfer, DecreaseRecover, DecreaseSell, DecreaseLiquidate, DecreaseDestroy, DecreaseWriteOff, DecreaseTotal, ClosingCost,
        OpeningWear, WearYear, WearIn, WearOut, ClosingWear, OpeningResidual, ClosingResidual,
    };

    public static readonly IReadOnlySet<string> RegisterAmounts = new HashSet<string>(Movement.Concat([Cost, Accumulated, Residual]), StringComparer.Ordinal);

    /// <summary>Text columns of the register (S24-H): where each comes from is in <see cref="AssetYear.Text"/>.</summary>
    public static readonly IReadOnlySet<string> RegisterTexts = new HashSet<string>(StringComparer.Ordinal)
    {
        "increase_date", "increase_voucher", "code", "in_service", "origin", "unit", "rate", "decrease_date", "decrease_voucher", "decrease_reason",
    };
}

/// <summary>
/// One asset on one unit's books in a year: its measures (<see cref="AssetMeasures"/>) and what the register
/// prints about it. An asset transferred during the year is on two units' books: a decrease for the sender, an
/// increase for the receiver. It keeps what the reports print of the card, not the card: a province's figures are a
/// hundred thousand of these, held while the workbook is written.
/// </summary>
public sealed class AssetYear(FixedAsset asset, string unit, AssetGroup? group)
{
    // The measures kept per asset, each at its index (the totals and residuals are computed from them).
    private static readonly string[] Stored = AssetMeasures.Movement
        .Where(m => m is not (AssetMeasures.IncreaseTotal or AssetMeasures.DecreaseTotal or AssetMeasures.OpeningResidual or AssetMeasures.ClosingResidual))
        .Order(StringComparer.Ordinal).ToArray();

    private static readonly FrozenDictionary<string, int> Index = Stored.Select((m, i) => KeyValuePair.Create(m, i)).ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly int[] Increases = Parts("increase_");
    private static readonly int[] Decreases = Parts("decrease_");

    private readonly long[] _values = new long[Stored.Length];

    /// <summary>The code people see (mã tài sản).</summary>
    public string Code { get; } = asset.Code;

    public string Name { get; } = asset.Name;

    public string ClassCode { get; } = asset.ClassCode;

    public DateOnly InService { get; } = asset.InService;

    public AssetOrigin Origin { get; } = asset.Origin;

    public string Unit => unit;

    public AssetGroup? Group => group;

    /// <summary>The event that put the asset on this unit's books (its first event, or the transfer that brought it), if any.</summary>
    public AssetEvent? Increase { get; internal set; }

    /// <summary>The event that took it off this unit's books during the year, if any.</summary>
    public AssetEvent? Decrease { get; internal set; }

    /// <summary>Whether the unit still holds it in use at 31/12.</summary>
    public bool Held { get; internal set; }

    internal long LastCost { get; set; }

    internal long LastWear { get; set; }

    public long this[string measure] => measure switch
    {
        AssetMeasures.IncreaseTotal => Sum(Increases),
        AssetMeasures.DecreaseTotal => Sum(Decreases),
        AssetMeasures.OpeningResidual => checked(Get(AssetMeasures.OpeningCost) - Get(AssetMeasures.OpeningWear)),
        AssetMeasures.ClosingResidual => checked(Get(AssetMeasures.ClosingCost) - Get(AssetMeasures.ClosingWear)),
        AssetMeasures.Cost => LastCost,
        AssetMeasures.Accumulated => LastWear,
        AssetMeasures.Residual => checked(LastCost - LastWear),
        _ => Get(measure),
    };

    internal void Add(string measure, long amount)
    {
        if (amount != 0)
        {
            var i = Index[measure];
            _values[i] = checked(_values[i] + amount);
        }
    }

    private static int[] Parts(string prefix) =>
        Enumerable.Range(0, Stored.Length).Where(i => Stored[i].StartsWith(prefix, StringComparison.Ordinal)).ToArray();

    private long Get(string measure) => Index.TryGetValue(measure, out var i) ? _values[i] : 0;

    private long Sum(int[] parts)
    {
        var sum = 0L;
        foreach (var i in parts)
        {
            sum = checked(sum + _values[i]);
        }

        return sum;
    }
}

/// <summary>
/// Replays each card's history over a fiscal year, unit by unit, as the postings booked it: the opening (the
/// card at 31/12 of the year before, and a take-over dated in the year), then in date order the events (a first
/// event by the card's origin, upgrades, transfers and recoveries out of the sender and into the receiver,
/// disposals) and the wear and depreciation each unit booked — on a day with events, the holder's wear before them
/// (the posting of a transfer or disposal moves the wear the card shows that day) and the receiver's after. So each
/// unit's closing figures are the ledger's 211/213 and 214 balances
/// for its assets, to the đồng.
/// </summary>
public static class AssetFigures
{
    public static IReadOnlyList<AssetYear> Year(IEnumerable<FixedAsset> cards, int year, AssetCatalogue catalogue)
    {
        var result = new List<AssetYear>();
        foreach (var a in cards)
        {
            Add(a, year, catalogue, result);
        }

        return result;
    }

    /// <summary>One card's year, unit by unit, added to <paramref name="result"/> (nothing when it was on no unit's books in the year).</summary>
    public static void Add(FixedAsset a, int year, AssetCatalogue catalogue, List<AssetYear> result)
    {
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        if (a.Events.Count == 0 || a.Events[0].Date > end)
        {
            return;
        }

        // A card whose purchase was reversed by the year's end left the register as if never bought (its voucher and
        // the reversal net to nothing on the books); its code may be another card's now.
        if (a.IsReversed && a.At(end).Status == AssetStatus.PurchaseReversed)
        {
            return;
        }

        var before = a.At(start.AddDays(-1));
        var existed = a.Events[0].Date < start;
        if (existed && before.Status != AssetStatus.InUse)
        {
            return; // left the books before the year
        }

        var group = GroupOf(a, year, catalogue);
        var books = new Dictionary<string, AssetYear>(StringComparer.Ordinal);
        AssetYear On(string unit)
        {
            if (!books.TryGetValue(unit, out var y))
            {
                books[unit] = y = new AssetYear(a, unit, group);
                y.Increase = IncreaseOf(a, unit);
                result.Add(y);
            }

            return y;
        }

        var holder = before.Unit;
        long cost = 0, wear = 0;
        var onBooks = false;
        if (existed)
        {
            (cost, wear, onBooks) = (before.Funding.Total, before.AccumulatedWear, true);
            var y = On(holder);
            y.Add(AssetMeasures.OpeningCost, cost);
            y.Add(AssetMeasures.OpeningWear, wear);
        }

        // Per day: wear booked by the unit holding the card first (a month's depreciation before that day's transfer, as At(date)
        // shows it to the posting), then the day's events, then wear booked by the unit the events brought it to.
        var entries = a.Wear.Where(w => w.Year == year).Select(w => (Date: end, w.Unit, w.Amount))
            .Concat(a.Depreciation.Where(d => d.Year == year).Select(d => (Date: d.End, d.Unit, d.Amount))).ToList();
        var days = a.Events.Where(e => e.Date >= start && e.Date <= end).Select(e => e.Date).Concat(entries.Select(x => x.Date)).Distinct().Order().ToList();
        var timeline = new List<(AssetEvent? Event, string Unit, long Amount)>();
        foreach (var day in days)
        {
            var today = entries.Where(x => x.Date == day).ToList();
            var dayEvents = a.Events.Where(e => e.Date == day).OrderBy(e => e.Seq).ToList();
            var holding = timeline.LastOrDefault(t => t.Event is not null).Event?.Unit ?? holder;
            timeline.AddRange(today.Where(x => dayEvents.Count > 0 && x.Unit == holding).Select(x => ((AssetEvent?)null, x.Unit, x.Amount)));
            timeline.AddRange(dayEvents.Select(e => ((AssetEvent?)e, e.Unit, 0L)));
            timeline.AddRange(today.Where(x => !(dayEvents.Count > 0 && x.Unit == holding)).Select(x => ((AssetEvent?)null, x.Unit, x.Amount)));
        }

        foreach (var t in timeline)
        {
            if (t.Event is not { } e)
            {
                var worn = On(t.Unit);
                worn.Add(AssetMeasures.WearYear, t.Amount);
                wear = checked(wear + t.Amount);
                continue;
            }

            var change = e.CostChange.Total;
            switch (e.Kind)
            {
                case AssetEventKind.Opening:
                    On(e.Unit).Add(AssetMeasures.OpeningCost, change);
                    On(e.Unit).Add(AssetMeasures.OpeningWear, e.WearChange);
                    break;
                case AssetEventKind.Transfer or AssetEventKind.Recover:
                    var sender = On(e.FromUnit ?? holder);
                    sender.Add(e.Kind == AssetEventKind.Transfer ? AssetMeasures.DecreaseTransfer : AssetMeasures.DecreaseRecover, cost);
                    sender.Add(AssetMeasures.WearOut, wear);
                    (sender.LastCost, sender.LastWear, sender.Decrease) = (cost, wear, e);
                    var receiver = On(e.Unit);
                    receiver.Add(AssetMeasures.IncreaseTransferIn, cost);
                    receiver.Add(AssetMeasures.WearIn, wear);
                    break;
                case AssetEventKind.Sell or AssetEventKind.Liquidate or AssetEventKind.Destroy or AssetEventKind.WriteOffLoss:
                    var gone = On(holder);
                    gone.Add(Decrease(e.Kind), cost);
                    gone.Add(AssetMeasures.WearOut, wear);
                    (gone.LastCost, gone.LastWear, gone.Decrease) = (cost, wear, e);
                    onBooks = false;
                    break;
                default:
                    // The card's first event brings it by its origin; later ones change its cost (an upgrade) or wear.
                    var first = e.Seq == a.Events[0].Seq;
                    var y = On(e.Unit);
                    y.Add(first ? Increase(a.Origin) : e.Kind == AssetEventKind.StocktakeSurplus ? AssetMeasures.IncreaseSurplus
                        : e.Kind == AssetEventKind.Purchase ? AssetMeasures.IncreasePurchase : AssetMeasures.IncreaseUpgrade, change);
                    y.Add(first ? AssetMeasures.WearIn : AssetMeasures.WearYear, e.WearChange);
                    break;
            }

            if (e.Kind is not (AssetEventKind.Sell or AssetEventKind.Liquidate or AssetEventKind.Destroy or AssetEventKind.WriteOffLoss))
            {
                (cost, wear, onBooks) = (checked(cost + change), checked(wear + e.WearChange), true);
                holder = e.Unit;
            }
        }

        if (onBooks)
        {
            var held = On(holder);
            held.Add(AssetMeasures.ClosingCost, cost);
            held.Add(AssetMeasures.ClosingWear, wear);
            (held.LastCost, held.LastWear, held.Held) = (cost, wear, true);
        }
    }

    /// <summary>The group (loại) of the card's class in the year (the latest class row when none is in force then).</summary>
    public static AssetGroup? GroupOf(FixedAsset a, int year, AssetCatalogue catalogue)
    {
        var assetClass = catalogue.Class(a.ClassCode, year)
            ?? catalogue.Classes.Where(c => string.Equals(c.Code, a.ClassCode, StringComparison.OrdinalIgnoreCase)).MaxBy(c => c.ValidFrom);
        return assetClass is null ? null : catalogue.Group(assetClass.Group, new DateOnly(year, 12, 31)) ?? catalogue.Groups.Where(g => g.Code == assetClass.Group).MaxBy(g => g.ValidFrom);
    }

    private static AssetEvent? IncreaseOf(FixedAsset a, string unit) =>
        a.Events[0].Unit == unit ? a.Events[0] : a.Events.LastOrDefault(e => e.Kind is AssetEventKind.Transfer or AssetEventKind.Recover && e.Unit == unit);

    private static string Increase(AssetOrigin origin) => origin switch
    {
        AssetOrigin.Purchase => AssetMeasures.IncreasePurchase,
        AssetOrigin.Investment => AssetMeasures.IncreaseInvestment,
        AssetOrigin.TransferIn => AssetMeasures.IncreaseTransferIn,
        AssetOrigin.Gift => AssetMeasures.IncreaseGift,
        AssetOrigin.StocktakeSurplus => AssetMeasures.IncreaseSurplus,
        AssetOrigin.Other => AssetMeasures.IncreaseOther,
    };

    private static string Decrease(AssetEventKind kind) => kind switch
    {
        AssetEventKind.Sell => AssetMeasures.DecreaseSell,
        AssetEventKind.Liquidate => AssetMeasures.DecreaseLiquidate,
        AssetEventKind.Destroy => AssetMeasures.DecreaseDestroy,
        _ => AssetMeasures.DecreaseWriteOff,
    };
}

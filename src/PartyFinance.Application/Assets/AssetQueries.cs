using PartyFinance.Domain.Assets;

namespace PartyFinance.Application.Assets;

/// <summary>One row of `asset list`: the card as at the end of the year asked.</summary>
public sealed record AssetRow(string Code, string Name, string Class, string Unit, long OriginalCost, long AccumulatedWear, long Residual, AssetStatus Status);

/// <summary>One history line of `asset show`.</summary>
public sealed record AssetHistoryLine(DateOnly Date, AssetEventKind Kind, string Unit, string? FromUnit, long CostChange, long WearChange, long? Proceeds,
    int? LifeYears, string? Vouchers, string? Reason, long? ActionId, string? By);

/// <summary>`asset show`: the card now, its funding shares, its history (wear by year included) and its actions.</summary>
public sealed record AssetCard(FixedAsset Asset, AssetState State, string? ClassName, IReadOnlyList<AssetHistoryLine> History, IReadOnlyList<AssetActionRequest> Actions)
{
    /// <summary>Earlier cards that held the same code and whose purchase was reversed (oldest first); their history stays as it was.</summary>
    public IReadOnlyList<AssetCard> Earlier { get; init; } = [];
}

/// <summary>`asset list [--unit U] [--year Y]` and `asset show &lt;code&gt;`.</summary>
public sealed class AssetQueries(IAssetStore store)
{
    /// <summary>Assets in service by 31/12/Y, as they stood then; with a unit, those it held at that date.</summary>
    public async Task<IReadOnlyList<AssetRow>> ListAsync(string? unit, int year, CancellationToken ct)
    {
        var end = new DateOnly(year, 12, 31);
        var rows = new List<AssetRow>();
        foreach (var a in await store.ListAsync(unit, ct))
        {
            if (a.InService > end || a.Events[0].Date > end)
            {
                continue;
            }

            var s = a.At(end);

            // A card whose purchase was reversed left the register (its history stays: asset show).
            if (s.Status == AssetStatus.PurchaseReversed)
            {
                continue;
            }

            if (unit is null || string.Equals(s.Unit, unit, StringComparison.OrdinalIgnoreCase))
            {
                rows.Add(new AssetRow(a.Code, a.Name, a.ClassCode, s.Unit, s.OriginalCost, s.AccumulatedWear, s.Residual, s.Status));
            }
        }

        return rows;
    }

    /// <summary>
    /// The card holding <paramref name="code"/> (the one not reversed, else the latest reversed one), with the earlier cards
    /// whose purchase was reversed and whose code it took (<see cref="AssetCard.Earlier"/>, oldest first).
    /// </summary>
    public async Task<AssetCard?> ShowAsync(string code, CancellationToken ct)
    {
        var all = await store.FindAllAsync(code.Trim(), ct);
        if (all.Count == 0)
        {
            return null;
        }

        var a = all.FirstOrDefault(c => !c.IsReversed) ?? all[^1];
        var classes = await store.ClassesAsync(ct);
        var earlier = new List<AssetCard>();
        foreach (var other in all.Where(c => !ReferenceEquals(c, a)))
        {
            earlier.Add(Card(other, classes, []));
        }

        return Card(a, classes, await store.ActionsAsync(a.Code, ct)) with { Earlier = earlier };
    }

    private static AssetCard Card(FixedAsset a, IReadOnlyList<FixedAssetClass> classes, IReadOnlyList<AssetActionRequest> actions)
    {
        var history = a.Events.Select(e => new AssetHistoryLine(e.Date, e.Kind, e.Unit, e.FromUnit, e.CostChange.Total, e.WearChange, e.Proceeds, e.LifeYears,
                e.Vouchers, e.Reason, e.ActionId, e.By))
            .Concat(a.Wear.Select(w => new AssetHistoryLine(new DateOnly(w.Year, 12, 31), AssetEventKind.Wear, w.Unit, null, 0, w.Amount, null, null, w.Voucher,
                null, null, null)))
            .OrderBy(h => h.Date).ThenBy(h => h.Kind == AssetEventKind.Wear ? 0 : 1)
            .ToList();
        var name = classes.Where(c => string.Equals(c.Code, a.ClassCode, StringComparison.OrdinalIgnoreCase)).MaxBy(c => c.ValidFrom)?.Name;
        return new AssetCard(a, a.Current, name, history, actions);
    }
}

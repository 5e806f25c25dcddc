using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// TT 141/2025 Art. 3.2 (TT 23/2023 Art. 3.2 up to 2025): land, buildings and structures are fixed
/// assets whatever their value and life; anything else is a fixed asset only when it both costs at
/// least the fixed-asset threshold of the year's wear regime and is expected to be used at least its
/// minimum life (db/assets/wear-regimes.csv) — otherwise it is a tool (công cụ, dụng cụ), kept in the
/// tools register and expensed when issued. Threshold and life are data, never literals; the expected
/// life is what the accountant declares (--life-months), unknown meaning "at least the minimum".
/// </summary>
public static class ToolRecognition
{
    /// <summary>Whether one item of <paramref name="unitCost"/> is a tool under <paramref name="regime"/> (null group: any group that is not always fixed).</summary>
    public static bool IsTool(long unitCost, WearRegime regime, AssetGroup? group = null, int? lifeMonths = null) =>
        group is not { AlwaysFixed: true } && (unitCost < regime.FixedAssetThreshold || IsShortLived(lifeMonths, regime));

    /// <summary>Whether a declared expected life of <paramref name="lifeMonths"/> is under the regime's minimum (unknown: no).</summary>
    public static bool IsShortLived(int? lifeMonths, WearRegime regime) => lifeMonths is { } m && m < regime.MinimumLifeYears * 12;

    /// <summary>Why an item is a tool, in Vietnamese: its cost under the threshold, or its life under the minimum.</summary>
    public static string Why(long unitCost, WearRegime regime, int? lifeMonths) => IsShortLived(lifeMonths, regime)
        ? $"thời gian sử dụng {lifeMonths!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} tháng dưới {regime.MinimumLifeYears.ToString(System.Globalization.CultureInfo.InvariantCulture)} năm"
        : $"đơn giá {VietnameseFormat.Amount(unitCost)} dưới ngưỡng tài sản cố định {Threshold(regime)}";

    /// <summary>The cost of one of <paramref name="quantity"/> items worth <paramref name="value"/>, rounded half up to the đồng.</summary>
    public static long UnitCost(long value, int quantity) => quantity <= 0 ? value : Share(value, 1, quantity);

    /// <summary><paramref name="value"/> × <paramref name="part"/> ÷ <paramref name="whole"/>, rounded half up to the đồng (all non-negative).</summary>
    public static long Share(long value, int part, int whole)
    {
        var scaled = checked((Int128)value * part * 2 + whole);
        return checked((long)(scaled / (2 * whole)));
    }

    public static string Threshold(WearRegime regime) => VietnameseFormat.Amount(regime.FixedAssetThreshold);
}

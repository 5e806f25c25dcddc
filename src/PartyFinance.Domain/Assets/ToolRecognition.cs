using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Assets;

/// <summary>
/// TT 141/2025 Art. 3.2 (TT 23/2023 Art. 3.2 up to 2025): land, buildings and structures are fixed
/// assets whatever their value; anything else is a fixed asset only from the fixed-asset threshold of
/// the year's wear regime (db/assets/wear-regimes.csv) — below it, it is a tool (công cụ, dụng cụ),
/// kept in the tools register and expensed when issued. The threshold is data, never a literal.
/// </summary>
public static class ToolRecognition
{
    /// <summary>Whether one item of <paramref name="unitCost"/> is a tool under <paramref name="regime"/> (null group: any group that is not always fixed).</summary>
    public static bool IsTool(long unitCost, WearRegime regime, AssetGroup? group = null) =>
        group is not { AlwaysFixed: true } && unitCost < regime.FixedAssetThreshold;

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

namespace PartyFinance.Domain.Assets;

/// <summary>
/// The asset rules in force: classes (useful life, rate), groups (accounts, authority class, worn or
/// not), wear regimes (rounding, transition, thresholds) and funding-share rules, each dated.
/// </summary>
public sealed class AssetCatalogue(
    IReadOnlyList<FixedAssetClass> classes,
    IReadOnlyList<AssetGroup> groups,
    IReadOnlyList<WearRegime> regimes,
    IReadOnlyList<FundingShareRule> shares)
{
    // Each code's rows, latest start first, built once: the wear run asks for a class per asset from
    // several threads, so the lookup reads an index that never changes (no lock, no cache to fill).
    private readonly Dictionary<string, FixedAssetClass[]> _classesByCode = classes
        .GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.ValidFrom).ToArray(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FixedAssetClass> Classes { get; } = classes;

    public IReadOnlyList<AssetGroup> Groups { get; } = groups;

    public IReadOnlyList<WearRegime> Regimes { get; } = regimes;

    public IReadOnlyList<FundingShareRule> Shares { get; } = shares;

    /// <summary>The class row valid in fiscal <paramref name="year"/> (the latest starting one when rows overlap).</summary>
    public FixedAssetClass? Class(string code, int year)
    {
        if (_classesByCode.TryGetValue(code, out var rows))
        {
            foreach (var c in rows)
            {
                if (c.IsValidIn(year))
                {
                    return c;
                }
            }
        }

        return null;
    }

    public AssetGroup? Group(string code, DateOnly date) =>
        Groups.Where(g => g.Code == code && g.IsValidOn(date)).MaxBy(g => g.ValidFrom);

    public WearRegime? Regime(int year) => Regimes.Where(r => r.Governs(year)).MaxBy(r => r.ValidFrom);

    public FundingShareRule? Share(FundingShare share, DateOnly date) =>
        Shares.Where(s => s.Share == share && s.IsValidOn(date)).MaxBy(s => s.ValidFrom);

    public bool KnowsClass(string code) => _classesByCode.ContainsKey(code);
}

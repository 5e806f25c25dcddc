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
    private readonly Dictionary<(string, int), FixedAssetClass?> _classByYear = [];

    public IReadOnlyList<FixedAssetClass> Classes { get; } = classes;

    public IReadOnlyList<AssetGroup> Groups { get; } = groups;

    public IReadOnlyList<WearRegime> Regimes { get; } = regimes;

    public IReadOnlyList<FundingShareRule> Shares { get; } = shares;

    /// <summary>The class row valid in fiscal <paramref name="year"/> (the latest starting one when rows overlap).</summary>
    public FixedAssetClass? Class(string code, int year)
    {
        lock (_classByYear)
        {
            if (!_classByYear.TryGetValue((code, year), out var found))
            {
                found = Classes.Where(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase) && c.IsValidIn(year)).MaxBy(c => c.ValidFrom);
                _classByYear[(code, year)] = found;
            }

            return found;
        }
    }

    public AssetGroup? Group(string code, DateOnly date) =>
        Groups.Where(g => g.Code == code && g.IsValidOn(date)).MaxBy(g => g.ValidFrom);

    public WearRegime? Regime(int year) => Regimes.Where(r => r.Governs(year)).MaxBy(r => r.ValidFrom);

    public FundingShareRule? Share(FundingShare share, DateOnly date) =>
        Shares.Where(s => s.Share == share && s.IsValidOn(date)).MaxBy(s => s.ValidFrom);

    public bool KnowsClass(string code) => Classes.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}

using PartyFinance.Domain.Assets;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// What one `report export` reads once and shares between its reports: the budget lines of a set of units for a year
/// (through `budget status`: the settlement, estimate and budget-execution reports) and the asset register's figures of
/// a year (the three asset reports), and the units (every report). The export runs in one scope over books it does not change, so every report of a
/// workbook sees the same figures; outside an export (report show, the web) nothing is kept.
/// </summary>
public sealed class ReportSnapshot
{
    private readonly Dictionary<string, IReadOnlyList<UnitBudgetLine>> _budget = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (AssetCatalogue Catalogue, IReadOnlyList<AssetYear> Figures)> _assets = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<Domain.Organisation.OrganisationUnit>? _units;

    /// <summary>The units, read once (before the export computes a report on another thread, which then reads no context of its own).</summary>
    internal async Task<IReadOnlyList<Domain.Organisation.OrganisationUnit>> UnitsAsync(Func<Task<IReadOnlyList<Domain.Organisation.OrganisationUnit>>> read) =>
        _units ??= await read();

    internal async Task<IReadOnlyList<UnitBudgetLine>> BudgetAsync(IReadOnlyList<Domain.Organisation.OrganisationUnit> units, int year,
        Func<Task<IReadOnlyList<UnitBudgetLine>>> read)
    {
        var key = Key(year, string.Join("\u001f", units.Select(u => u.Code)));
        if (_budget.TryGetValue(key, out var lines))
        {
            return lines;
        }

        return _budget[key] = await read();
    }

    internal async Task<(AssetCatalogue Catalogue, IReadOnlyList<AssetYear> Figures)> AssetsAsync(int year, string? unit,
        Func<Task<(AssetCatalogue, IReadOnlyList<AssetYear>)>> read)
    {
        var key = Key(year, unit ?? string.Empty);
        if (_assets.TryGetValue(key, out var figures))
        {
            return figures;
        }

        return _assets[key] = await read();
    }

    private static string Key(int year, string rest) => year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\u001e" + rest;
}

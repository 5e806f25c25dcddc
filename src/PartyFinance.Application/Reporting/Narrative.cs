using System.Globalization;
using PartyFinance.Domain.Organisation;

namespace PartyFinance.Application.Reporting;

/// <summary>
/// The values of the placeholders of text lines (<see cref="NarrativeFields"/>, B04/BCTC parts I–III): for one unit, for
/// the province (the units at the top and every chapter), or for a consolidated view of a unit and the units under it.
/// </summary>
public static class Narrative
{
    /// <summary>One unit's data, or with <paramref name="unit"/> null the province's.</summary>
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyList<OrganisationUnit> units, int year, string? unit)
    {
        var own = unit is null ? null : units.FirstOrDefault(u => string.Equals(u.Code, unit, StringComparison.OrdinalIgnoreCase));
        if (own is not null)
        {
            return Values(units, year, own.Name, own.Chapter, own);
        }

        var top = units.Where(u => u.ParentCode is null).ToList();
        return Values(units, year, string.Join(", ", top.Select(t => t.Name)) + " (tổng hợp các đơn vị)",
            string.Join(", ", units.Select(u => u.Chapter).Distinct().Order(StringComparer.Ordinal)), null);
    }

    /// <summary>
    /// The consolidated view of <paramref name="top"/> and the units under it (<paramref name="scope"/>, top included): the
    /// view is named after its top unit and the number of units it adds up, with every chapter of the scope; the parent and
    /// the subordinates are the top unit's. A scope of one unit is that unit's own narrative.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OfScope(IReadOnlyList<OrganisationUnit> units, int year, OrganisationUnit top, IReadOnlyCollection<OrganisationUnit> scope)
    {
        if (scope.Count <= 1)
        {
            return Of(units, year, top.Code);
        }

        var name = $"{top.Name} và các đơn vị trực thuộc (tổng hợp {scope.Count.ToString(CultureInfo.InvariantCulture)} đơn vị)";
        return Values(units, year, name, string.Join(", ", scope.Select(u => u.Chapter).Distinct().Order(StringComparer.Ordinal)), top);
    }

    /// <param name="own">The unit whose parent and subordinates are printed; null for the province (the units directly under the top ones).</param>
    private static Dictionary<string, string> Values(IReadOnlyList<OrganisationUnit> units, int year, string name, string chapter, OrganisationUnit? own)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var top = units.Where(u => u.ParentCode is null).ToList();
        var children = units.Where(u => own is null ? u.ParentCode is not null && top.Any(t => t.Code == u.ParentCode) : u.ParentCode == own.Code)
            .Where(u => u.IsActiveOn(yearEnd)).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => u.Name).ToList();
        var parent = own?.ParentCode is { } p ? units.FirstOrDefault(u => u.Code == p)?.Name : null;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["unit"] = name,
            ["chapter"] = chapter,
            ["parent"] = parent ?? "không có",
            ["subordinates"] = children.Count > 0 ? string.Join("; ", children) : "không có",
            ["year"] = year.ToString(CultureInfo.InvariantCulture),
            ["year_start"] = new DateOnly(year, 1, 1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            ["year_end"] = yearEnd.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        };
    }
}

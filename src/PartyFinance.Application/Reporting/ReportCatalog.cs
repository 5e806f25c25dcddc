namespace PartyFinance.Application.Reporting;

/// <summary>Every report of reports/, each code possibly in several dated versions (a form change is a new version).</summary>
public sealed class ReportCatalog(IReadOnlyList<ReportDefinition> definitions)
{
    public IReadOnlyList<ReportDefinition> All => definitions;

    /// <summary>The codes in file order, each once.</summary>
    public IReadOnlyList<string> Codes => definitions.Select(d => d.Code).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The version of the report in force at the end of <paramref name="year"/>, or null.</summary>
    public ReportDefinition? Find(string code, int year) =>
        definitions.Where(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase) && d.IsValidFor(year)).MaxBy(d => d.ValidFrom);
}

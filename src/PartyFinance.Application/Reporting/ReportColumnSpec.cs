namespace PartyFinance.Application.Reporting;

/// <summary>
/// A value column of a report defined as data: for B01/B02 a measure of the period (end, start, year,
/// prior); for settlement reports a filter on fund sources (null = all, empty = none) and autonomy.
/// </summary>
public sealed record ReportColumnSpec(string Key, string Label, IReadOnlyList<string>? FundSources, string? Autonomy, string Verified)
{
    public bool Takes(string fundSource, string autonomy) =>
        (FundSources is null || FundSources.Contains(fundSource, StringComparer.Ordinal)) && (Autonomy is null || Autonomy == autonomy);
}

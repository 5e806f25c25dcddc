namespace PartyFinance.Application.Reporting;

/// <summary>Stable codes of the reporting refusals.</summary>
public static class ReportErrors
{
    public const string Unknown = "report.unknown";
    public const string NotInForce = "report.not-in-force";
    public const string BadDefinition = "report.bad-definition";
    public const string NothingToExport = "report.nothing-to-export";
}

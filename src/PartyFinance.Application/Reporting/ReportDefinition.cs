namespace PartyFinance.Application.Reporting;

/// <summary>
/// One report of reports/reports.csv, as valid between two dates: its code (what `report show` takes),
/// the legal form code and name, the engine, its lines and columns, the accounts of a ledger report,
/// the "Kèm theo Thông tư …" text of the form header, the source and the verified mark (V/S/U).
/// </summary>
public sealed record ReportDefinition(
    string Code,
    string Form,
    string Name,
    ReportKind Kind,
    IReadOnlyList<ReportLineSpec> Lines,
    IReadOnlyList<ReportColumnSpec> Columns,
    IReadOnlyList<string> Accounts,
    string IssuedWith,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Verified)
{
    public bool IsValidFor(int year) => ValidFrom <= new DateOnly(year, 12, 31) && (ValidTo is null || ValidTo >= new DateOnly(year, 12, 31));
}

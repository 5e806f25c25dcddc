namespace PartyFinance.Application.Reporting;

/// <summary>Where and when the reports are signed (the line above the signature block: "Hà Nội, ngày 31 tháng 12 năm 2025").</summary>
public sealed record SignaturePlace(string Place, DateOnly Date);

/// <summary>
/// Writes computed reports as one .xlsx workbook, one sheet per report (a report longer than a sheet holds goes on
/// continuation sheets), in the layout of the official forms; streamed rows are read as they are written. Returns the
/// rows written per report.
/// </summary>
public interface IWorkbookWriter
{
    Task<IReadOnlyList<int>> WriteAsync(Stream output, IReadOnlyList<ReportTable> reports, SignaturePlace signed, CancellationToken ct);
}

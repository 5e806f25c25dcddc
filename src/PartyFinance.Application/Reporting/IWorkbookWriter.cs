namespace PartyFinance.Application.Reporting;

/// <summary>Where and when the reports are signed (the line above the signature block: "Hà Nội, ngày 31 tháng 12 năm 2025").</summary>
public sealed record SignaturePlace(string Place, DateOnly Date);

/// <summary>Writes computed reports as one .xlsx workbook, one sheet per report, in the layout of the official forms.</summary>
public interface IWorkbookWriter
{
    void Write(Stream output, IReadOnlyList<ReportTable> reports, SignaturePlace signed);
}

using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartyFinance.Application.Reporting;
using PartyFinance.Infrastructure.Reporting;

namespace PartyFinance.Infrastructure.Tests.Reporting;

/// <summary>The workbook writer streams rows into the sheets and carries a report longer than a sheet onto continuation sheets.</summary>
public sealed class WorkbookWriterTests
{
    private static ReportTable Book(int rows)
    {
        var definition = new ReportDefinition("cash-book", "S11-H", "Sổ quỹ tiền mặt", ReportKind.DetailLedger, [], [], ["111"], "Kèm theo Thông tư", new DateOnly(2025, 1, 1), null, "nguồn", "V");
        var columns = new List<ReportColumn> { new("number", "Số chứng từ", ColumnKind.Text, 12), new("label", "Diễn giải", ColumnKind.Label, 30), new("debit", "Nợ", ColumnKind.Amount, 15) };
        async IAsyncEnumerable<ReportRow> Rows()
        {
            for (var i = 1; i <= rows; i++)
            {
                await Task.Yield();
                yield return new ReportRow(string.Empty, i == 2 ? " <Chi> & \u0001tạm ứng " : "Dòng " + i.ToString(CultureInfo.InvariantCulture), 0, false,
                    new Dictionary<string, string> { ["number"] = "PC" + i.ToString(CultureInfo.InvariantCulture) }, new Dictionary<string, long> { ["debit"] = i });
            }
        }

        return new ReportTable(definition, 2025, null, "Toàn tỉnh", "509", "Năm 2025", columns, [], ["Ghi chú cuối sổ."]) { Streamed = _ => Rows() };
    }

    [Fact]
    public async Task ABookLongerThanASheet_GoesOnContinuationSheets_EveryRowOnce_SignedOnTheLast()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pf-wb-{Guid.NewGuid():N}.xlsx");
        try
        {
            IReadOnlyList<int> counts;
            await using (var file = File.Create(path))
            {
                // 40 rows per sheet: 7 header rows, room for 1 note and the 5 rows of the date line and signature, so 27 data rows a sheet.
                counts = await new WorkbookWriter(40).WriteAsync(file, [Book(60)], new SignaturePlace("Bắc Ninh", new DateOnly(2026, 1, 20)), CancellationToken.None);
            }

            Assert.Equal([60], counts);
            using var doc = SpreadsheetDocument.Open(path, false);
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            var wb = doc.WorkbookPart!;
            var sheets = wb.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["cash-book", "cash-book (2)", "cash-book (3)"], sheets.Select(s => s.Name!.Value));
            var texts = sheets.Select(s => ((WorksheetPart)wb.GetPartById(s.Id!)).Worksheet.Descendants<Cell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.All(texts, t => Assert.Contains("Diễn giải", t));
            var numbers = texts.SelectMany(t => t.Where(x => x.StartsWith("PC", StringComparison.Ordinal))).ToList();
            Assert.Equal(Enumerable.Range(1, 60).Select(i => "PC" + i.ToString(CultureInfo.InvariantCulture)), numbers);
            Assert.Contains("(Tiếp theo ở trang tính sau)", texts[0]);
            Assert.Contains(" <Chi> & tạm ứng ", texts[0]); // escaped, the control character left out, the spaces at its ends kept
            Assert.DoesNotContain("Kế toán trưởng", texts[0]);
            Assert.Contains("Năm 2025 (tiếp theo, phần 3)", texts[2]);
            Assert.Contains("Kế toán trưởng", texts[2]);
            Assert.Contains("Ghi chú cuối sổ.", texts[2]);
            Assert.Equal(3, wb.Workbook.DefinedNames!.Elements<DefinedName>().Count(d => d.Name == "_xlnm.Print_Titles"));
            Assert.All(sheets, s => Assert.True(((WorksheetPart)wb.GetPartById(s.Id!)).Worksheet.Descendants<Row>().Count() <= 40));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ABookOfManyMegabytes_ArrivesWhole_AndInOrder_ThroughTheCompressingThread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pf-wb-{Guid.NewGuid():N}.xlsx");
        try
        {
            // 40,000 rows are a few megabytes of sheet XML: several chunks handed to the thread that compresses them.
            await using (var file = File.Create(path))
            {
                Assert.Equal([40_000], await new WorkbookWriter().WriteAsync(file, [Book(40_000)], new SignaturePlace("Bắc Ninh", new DateOnly(2026, 1, 20)), CancellationToken.None));
            }

            using var doc = SpreadsheetDocument.Open(path, false);
            var sheet = ((WorksheetPart)doc.WorkbookPart!.GetPartById(doc.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!)).Worksheet;
            var numbers = sheet.Descendants<Cell>().Select(c => c.InnerText).Where(t => t.StartsWith("PC", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(1, 40_000).Select(i => "PC" + i.ToString(CultureInfo.InvariantCulture)), numbers);
            Assert.Contains("Kế toán trưởng", sheet.Descendants<Cell>().Select(c => c.InnerText));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AFailingOutput_FailsTheExport_InsteadOfHangingOrWritingOn()
    {
        await using var output = new FailingStream(1 << 16);
        await Assert.ThrowsAnyAsync<IOException>(() =>
            new WorkbookWriter().WriteAsync(output, [Book(200_000)], new SignaturePlace("Bắc Ninh", new DateOnly(2026, 1, 20)), CancellationToken.None));
        Assert.True(output.Position <= 1 << 16);
    }

    /// <summary>A disk that fills up: writes past <c>room</c> bytes fail.</summary>
    private sealed class FailingStream(long room) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Position + count > room)
            {
                throw new IOException("Không còn chỗ trên đĩa.");
            }

            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);
    }
}

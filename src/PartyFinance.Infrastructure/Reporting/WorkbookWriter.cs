using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using PartyFinance.Application.Reporting;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// The .xlsx writer: one sheet per report in the layout of the form — header block, headings repeated on every
/// printed page and frozen on screen, amounts as numeric cells, the signature block — A4, fitted to the page width.
/// The parts are Open XML SDK elements written with <see cref="OpenXmlWriter"/> straight into the entries of a
/// zip archive opened for creation, so nothing is buffered: the SDK's own package keeps every part in memory until
/// the file is closed (hundreds of megabytes for a province's books), which this writer avoids. A report with more
/// rows than a sheet holds (Excel: 1,048,576) goes on continuation sheets "code (2)", "code (3)"….
/// </summary>
public sealed class WorkbookWriter(int maxRowsPerSheet) : IWorkbookWriter
{
    public const int ExcelMaxRows = 1_048_576;

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public WorkbookWriter()
        : this(ExcelMaxRows)
    {
    }

    public async Task<IReadOnlyList<int>> WriteAsync(Stream output, IReadOnlyList<ReportTable> reports, SignaturePlace signed, CancellationToken ct)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var sheets = new Sheets();
        var names = new DefinedNames();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var counts = new List<int>();
        foreach (var report in reports)
        {
            await using var rows = report.RowsAsync(ct).GetAsyncEnumerator(ct);
            var pending = await rows.MoveNextAsync();
            var count = 0;
            for (var part = 1; ; part++)
            {
                var index = sheets.ChildElements.Count;
                var name = SheetName(part == 1 ? report.Definition.Code : $"{report.Definition.Code} ({part})", used);
                SheetWriter.Layout layout;
                int written;
                // The sheet's XML is formatted here while the entry compresses it on another thread.
                await using (var entry = new BackgroundWriteStream(zip.CreateEntry($"xl/worksheets/sheet{index + 1}.xml", CompressionLevel.Fastest).Open()))
                {
                    (layout, written, pending) = await SheetWriter.WriteAsync(entry, report, signed, rows, pending, part, maxRowsPerSheet);
                }

                count += written;
                sheets.Append(new Sheet { Name = name, SheetId = (uint)(index + 1), Id = $"rId{index + 1}" });
                names.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!${layout.HeadingRow}:${layout.HeadingRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)index });
                if (!pending)
                {
                    break;
                }
            }

            counts.Add(count);
        }

        var n = sheets.ChildElements.Count;
        var workbook = new Workbook(new BookViews(new WorkbookView()), sheets, names);
        workbook.AddNamespaceDeclaration("r", Relationships);
        Part(zip, "xl/workbook.xml", workbook);
        Part(zip, "xl/styles.xml", WorkbookStyles.Build());
        Xml(zip, "xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{PackageRelationships}\">" +
            string.Concat(Enumerable.Range(1, n).Select(i => $"<Relationship Id=\"rId{i}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>")) +
            $"<Relationship Id=\"rId{n + 1}\" Type=\"{Relationships}/styles\" Target=\"styles.xml\"/></Relationships>");
        Xml(zip, "_rels/.rels",
            $"<Relationships xmlns=\"{PackageRelationships}\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Xml(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
            string.Concat(Enumerable.Range(1, n).Select(i => $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")) +
            "</Types>");
        return counts;
    }

    private static void Part(ZipArchive zip, string name, OpenXmlElement root)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var w = OpenXmlWriter.Create(entry);
        w.WriteStartDocument(true);
        w.WriteElement(root);
        w.Close();
    }

    private static void Xml(ZipArchive zip, string name, string body)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        using var text = new StreamWriter(entry, new System.Text.UTF8Encoding(false));
        text.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        text.Write(body);
    }

    /// <summary>Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], unique.</summary>
    private static string SheetName(string code, HashSet<string> used)
    {
        var clean = new string(code.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '-' : c).ToArray());
        clean = clean.Length > 31 ? clean[..31] : clean;
        var name = clean;
        for (var n = 2; !used.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length + suffix.Length > 31 ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyFinance.Infrastructure.Reporting;

/// <summary>
/// The few cell styles the forms use (Times New Roman, as the printed forms), by index into cellXfs.
/// Amounts use the custom format <c>#,##0;(#,##0)</c>: Excel and LibreOffice show the grouping with the
/// reader's locale, so vi-VN shows 1.234.567 and negative amounts in brackets, as the forms print them.
/// </summary>
internal static class WorkbookStyles
{
    public const string AmountFormat = "#,##0;(#,##0)";
    public const int MaxIndent = 4;

    public const uint Plain = 0;
    public const uint HeaderBold = 1;
    public const uint HeaderItalic = 2;
    public const uint Title = 3;
    public const uint Centered = 4;
    public const uint UnitOfMeasure = 5;
    public const uint ColumnHeading = 6;
    public const uint Text = 7;
    public const uint TextBold = 8;
    public const uint Amount = 9;
    public const uint AmountBold = 10;
    public const uint LineCode = 11;
    public const uint LineCodeBold = 12;
    public const uint SignatureTitle = 13;
    public const uint SignatureHint = 14;
    public const uint Note = 15;

    /// <summary>Label cells: 16 + 2 × indent (+1 when bold).</summary>
    public static uint Label(int indent, bool bold) => 16 + (uint)(2 * Math.Clamp(indent, 0, MaxIndent)) + (bold ? 1u : 0u);

    public static Stylesheet Build()
    {
        var fonts = new Fonts(Font(11, false, false), Font(11, true, false), Font(11, false, true), Font(14, true, false)) { Count = 4 };
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var borders = new Borders(new Border(), new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder()))
        { Count = 2 };
        var formats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = AmountFormat }) { Count = 1 };

        var xfs = new List<CellFormat>
        {
            Xf(0, 0, 0, null),                                                   // Plain
            Xf(1, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Left }), // HeaderBold
            Xf(2, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top, WrapText = true }),
            Xf(3, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Xf(1, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Xf(2, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Right }),
            Xf(1, 1, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Xf(0, 1, 0, new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
            Xf(1, 1, 0, new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
            Xf(0, 1, 164, new Alignment { Vertical = VerticalAlignmentValues.Top }),
            Xf(1, 1, 164, new Alignment { Vertical = VerticalAlignmentValues.Top }),
            Xf(0, 1, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }),
            Xf(1, 1, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }),
            Xf(1, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Xf(2, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Xf(2, 0, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Left, WrapText = false }),
        };
        for (var indent = 0; indent <= MaxIndent; indent++)
        {
            foreach (var bold in new[] { false, true })
            {
                xfs.Add(Xf(bold ? 1u : 0u, 1, 0, new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Top, WrapText = true, Indent = (uint)indent }));
            }
        }

        return new Stylesheet(formats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(xfs) { Count = (uint)xfs.Count },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(double size, bool bold, bool italic)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 }, new FontCharSet { Val = 163 });
        return font;
    }

    private static CellFormat Xf(uint font, uint border, uint format, Alignment? alignment)
    {
        var xf = new CellFormat
        {
            NumberFormatId = format,
            FontId = font,
            FillId = 0,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0,
            ApplyBorder = border != 0,
            ApplyNumberFormat = format != 0,
        };
        if (alignment is not null)
        {
            xf.ApplyAlignment = true;
            xf.Append(alignment);
        }

        return xf;
    }
}

using System.Text;
using PartyFinance.Application.Common;

namespace PartyFinance.Application.Tests.Common;

/// <summary>What the import reader lets in: UTF-8 or UTF-16 only, rows no wider than the header, no control or bidi characters, NFC text.</summary>
public sealed class CsvReaderTests
{
    private static List<string[]> ReadAll(byte[] bytes, string file = "tep.csv") => ReadAll(new MemoryStream(bytes), file);

    private static List<string[]> ReadAll(Stream stream, string file = "tep.csv")
    {
        using var reader = new CsvReader(stream, file);
        var rows = new List<string[]>();
        while (reader.ReadRecord() is { } r)
        {
            rows.Add([.. r]);
        }

        return rows;
    }

    private static CsvFormatException Refused(byte[] bytes) => Assert.Throws<CsvFormatException>(() => ReadAll(bytes));

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    [Fact]
    public void ALatin1File_IsRefused_AtTheRowOfItsFirstBadByte()
    {
        // "Phòng" in Latin-1: ò is the single byte 0xF2, never valid UTF-8 on its own.
        var bytes = Encoding.Latin1.GetBytes("code,name\nA1,Kho\nA2,Ph\u00F2ng\n");

        var e = Refused(bytes);

        Assert.Equal(ImportErrors.BadEncoding, e.Error.Code);
        Assert.Equal(3, e.Error.Row);
        Assert.Equal("tep.csv", e.File);
        Assert.Contains("0xF2", e.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith("tep.csv: Dòng 3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadByteFarIntoTheFile_IsPlacedOnItsOwnRow_NotWhereTheReaderBufferStarted()
    {
        var text = new StringBuilder("code,name\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("A,Phòng họp số ").Append(i).Append('\n');
        }

        var head = Utf8(text.ToString());
        var bytes = head.Concat(new byte[] { (byte)'B', (byte)',', 0xC3, 0x28, (byte)'\n' }).ToArray(); // 0xC3 followed by a non-continuation byte

        Assert.Equal(20_002, Refused(bytes).Error.Row);
    }

    [Fact]
    public void Utf8WithOrWithoutBom_AndUtf16WithBom_ReadTheSameText()
    {
        const string text = "code,name\nA1,Văn phòng Tỉnh ủy\n";
        var expected = ReadAll(Utf8(text));

        Assert.Equal("Văn phòng Tỉnh ủy", expected[1][1]);
        Assert.Equal(expected, ReadAll(new UTF8Encoding(true).GetPreamble().Concat(Utf8(text)).ToArray()));
        Assert.Equal(expected, ReadAll(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()));
        Assert.Equal(expected, ReadAll(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray()));
    }

    [Fact]
    public void ACharacterSplitAcrossReads_IsStillOneCharacter()
    {
        const string text = "code,name\nA1,Ủy ban kiểm tra — Đảng ủy 🇻🇳\n";

        var rows = ReadAll(new Trickle(Utf8(text)));

        Assert.Equal("Ủy ban kiểm tra — Đảng ủy 🇻🇳", rows[1][1]);
    }

    [Fact]
    public void ATruncatedCharacterAtTheEnd_IsRefused()
    {
        var bytes = Utf8("code,name\nA1,Kho\n").Concat(new byte[] { (byte)'B', (byte)',', 0xE1, 0xBB }).ToArray();

        Assert.Equal(3, Refused(bytes).Error.Row);
    }

    [Fact]
    public void ARowWiderThanTheHeader_IsRefused_NamingTheFirstValueWithoutAColumn()
    {
        var e = Refused(Utf8("code,name\nA1,Kho\nA2,Kho,thừa\n"));

        Assert.Equal(ImportErrors.ExtraField, e.Error.Code);
        Assert.Equal(3, e.Error.Row);
        Assert.Equal("#3", e.Error.Field);
        Assert.Contains("'thừa'", e.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u001B[31m")] // ESC: a terminal colour sequence
    [InlineData("chuông\u0007")] // BEL
    [InlineData("nul\u0000")]
    [InlineData("tab\there")]
    [InlineData("\u202Egnohp")] // right-to-left override
    [InlineData("a\u2066b")] // left-to-right isolate
    [InlineData("c\u0085")] // C1 next line
    public void ControlAndBidiCharacters_AreRefused_NamingTheColumnByItsHeader(string cell)
    {
        var e = Refused(Utf8($"code,name\nA1,\"{cell}\"\n"));

        Assert.Equal(ImportErrors.BadCharacter, e.Error.Code);
        Assert.Equal(2, e.Error.Row);
        Assert.Equal("name", e.Error.Field);
    }

    [Fact]
    public void ALineBreakInsideAQuotedCell_IsText_AndAControlCharacterOnItsNextLineIsStillFound()
    {
        Assert.Equal("dòng 1\ndòng 2", ReadAll(Utf8("code,name\nA1,\"dòng 1\ndòng 2\"\n"))[1][1]);

        var e = Refused(Utf8("code,name\nA1,\"ascii\nthen \u001B\"\n"));
        Assert.Equal(ImportErrors.BadCharacter, e.Error.Code);
    }

    [Fact]
    public void DecomposedText_IsReadAsItsComposedForm()
    {
        var nfc = "Văn phòng Tỉnh ủy";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);

        var rows = ReadAll(Utf8($"code,name\n{nfd},{nfd}\n"));

        Assert.Equal(nfc, rows[1][0]);
        Assert.Equal(nfc, rows[1][1]);
    }

    [Fact]
    public void AQuoteLeftOpen_IsRefused_WithRowAndColumn()
    {
        var e = Refused(Utf8("code,name,note\nA1,Kho,ok\nA2,\"Kho mở,không đóng\nA3,Kho,ok\n"));

        Assert.Equal(ImportErrors.OpenQuote, e.Error.Code);
        Assert.Equal(3, e.Error.Row);
        Assert.Equal("name", e.Error.Field);
        Assert.Contains("ký tự thứ 4", e.Error.Message, StringComparison.Ordinal);
    }

    /// <summary>Hands the bytes over one at a time, so every multi-byte character is split between reads.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}

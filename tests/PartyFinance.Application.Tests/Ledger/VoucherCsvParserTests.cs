using System.Text;
using PartyFinance.Application.Common;
using PartyFinance.Application.Ledger;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Tests.Ledger;

public class VoucherCsvParserTests
{
    private const string Header = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n";

    private static (List<VoucherDraft> Drafts, List<Domain.Common.DomainError> Errors, int Rows) Parse(string csv) =>
        VoucherCsvParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void Parse_LinesWithTheSameKey_FormOneVoucherEvenWhenNotAdjacent()
    {
        var (drafts, errors, rows) = Parse(Header +
            "A,2025-03-01,VPTU,PC,Chi tiền điện,61112,100,,NSNN,6501,340-351\n" +
            "B,2025-03-02,VPTU,PT,Thu,1111,5,,,,\n" +
            "A,2025-03-01,VPTU,PC,,1111,,100,,,\n" +
            "B,2025-03-02,VPTU,PT,Thu,3371,,5,,,\n");
        Assert.Empty(errors);
        Assert.Equal(4, rows);
        Assert.Equal(["A", "B"], drafts.Select(d => d.Key));
        Assert.Equal([2, 4], drafts[0].Lines.Select(l => l.Row!.Value));
        Assert.Equal(("NSNN", "6501", "340-351"), (drafts[0].Lines[0].FundSource, drafts[0].Lines[0].BudgetItem, drafts[0].Lines[0].Sector));
    }

    [Fact]
    public void Parse_QuotedFieldsMayHoldCommasQuotesAndBreaks()
    {
        var (drafts, errors, _) = Parse(Header + "A,01/03/2025,VPTU,PC,\"Chi hội nghị, \"\"đợt 1\"\"\nngày 2\",61112,100,,NSNN,6651,340-351\n");
        Assert.Empty(errors);
        Assert.Equal("Chi hội nghị, \"đợt 1\"\nngày 2", drafts[0].Description);
        Assert.Equal(new DateOnly(2025, 3, 1), drafts[0].Date);
    }

    [Fact]
    public void Parse_CollectsEveryShapeErrorWithRowAndColumn()
    {
        var (_, errors, _) = Parse(Header +
            "A,2025-02-30,VPTU,PC,x,1111,100,,,,\n" +
            "B,2025-03-01,VPTU,PC,x,1111,1.0,,,,\n" +
            ",2025-03-01,VPTU,PC,x,1111,,5,,,\n" +
            "C,2025-03-01,VPTU,PC,x,1111,-5,,,,\n");
        Assert.Equal(
            [(ImportErrors.BadDate, 2, "date"), (ImportErrors.BadNumber, 3, "debit"), (ImportErrors.MissingValue, 4, "key"), (ImportErrors.BadNumber, 5, "debit")],
            errors.Select(e => (e.Code, e.Row!.Value, e.Field!)));
    }

    [Fact]
    public void Parse_VoucherWhoseLinesDisagreeOnDateOrUnit_IsRefusedAtTheRow()
    {
        var (_, errors, _) = Parse(Header + "A,2025-03-01,VPTU,PC,x,1111,100,,,,\nA,2025-03-02,VPTU,PC,x,3371,,100,,,\n");
        var e = Assert.Single(errors);
        Assert.Equal((LedgerErrors.InconsistentHeader, 3, "date"), (e.Code, e.Row!.Value, e.Field!));
    }

    [Fact]
    public void Parse_MissingAndUnknownColumns_AreReportedOnTheHeaderRow()
    {
        var (_, errors, _) = Parse("key,date,unit,type,account,debit,credit,colour\n");
        Assert.Contains(errors, e => e.Code == ImportErrors.MissingColumn && e.Field == "description" && e.Row == 1);
        Assert.Contains(errors, e => e.Code == ImportErrors.UnknownColumn && e.Field == "colour");
    }

    [Fact]
    public void Parse_EmptyFile_IsRefused() =>
        Assert.Equal(ImportErrors.EmptyFile, Assert.Single(Parse(string.Empty).Errors).Code);
}

public class VoucherCsvReadingTests
{
    private const string Header = "key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector\n";

    private static VoucherCsvReading Grouped(string csv) => new(new MemoryStream(Encoding.UTF8.GetBytes(Header + csv)), "t.csv", grouped: true);

    [Fact]
    public void Grouped_GivesTheSameVouchersAndErrorsAsTheWholeFile()
    {
        var csv =
            "A,2025-03-01,VPTU,PC,Chi tiền điện,61112,100,,NSNN,6501,340-351\n" +
            "A,2025-03-01,VPTU,PC,,1111,,100,,,\n" +
            "A,2025-03-02,VPTU,PC,,1111,,1,,,\n" +
            "B,2025-02-30,VPTU,PT,Thu,1111,5,,,,\n" +
            "B,2025-03-02,VPTU,PT,Thu,1111,5,,,,\n" +
            "B,2025-03-02,VPTU,PT,Thu,3371,,x,,,\n" +
            ",2025-03-02,VPTU,PT,Thu,3371,,5,,,\n" +
            "B,2025-03-02,VPTU,PT,Thu,3371,,5,,,\n" +
            "C,2025-03-03,BTC,PT,Thu,1111,7,,,,\n";
        var (drafts, errors, rows) = VoucherCsvParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Header + csv)), "t.csv");
        using var reading = Grouped(csv);
        var grouped = reading.Drafts().ToList();

        Assert.Null(reading.Interleaved);
        Assert.Equal(rows, reading.Rows);
        Assert.Equal(errors, reading.Errors);
        Assert.Equal(4, errors.Count);
        Assert.Equal(["A", "B", "C"], grouped.Select(d => d.Key));
        Assert.Equal(drafts.Select(d => (d.Key, d.Date, d.UnitCode, d.TypeCode, d.Description, d.Row, string.Join('|', d.Lines))),
            grouped.Select(d => (d.Key, d.Date, d.UnitCode, d.TypeCode, d.Description, d.Row, string.Join('|', d.Lines))));
    }

    [Fact]
    public void Grouped_GivesOutEachVoucherAsSoonAsTheNextKeysRowIsRead()
    {
        using var reading = Grouped("A,2025-03-01,VPTU,PT,Thu,1111,5,,,,\nA,2025-03-01,VPTU,PT,Thu,3371,,5,,,\nB,2025-03-02,VPTU,PT,Thu,1111,5,,,,\nB,2025-03-02,VPTU,PT,Thu,3371,,5,,,\n");
        using var drafts = reading.Drafts().GetEnumerator();

        Assert.True(drafts.MoveNext());
        Assert.Equal(("A", 2), (drafts.Current.Key, drafts.Current.Lines.Count));
        Assert.Equal(3, reading.Rows);
        Assert.True(drafts.MoveNext());
        Assert.Equal("B", drafts.Current.Key);
        Assert.Equal(4, reading.Rows);
        Assert.False(drafts.MoveNext());
    }

    [Fact]
    public void Grouped_StopsWhereAKeyComesBackAfterAnotherKeysLines()
    {
        using var reading = Grouped("A,2025-03-01,VPTU,PT,Thu,1111,5,,,,\nB,2025-03-02,VPTU,PT,Thu,1111,5,,,,\nB,2025-03-02,VPTU,PT,Thu,3371,,5,,,\nA,2025-03-01,VPTU,PT,,3371,,5,,,\nC,2025-03-02,VPTU,PT,Thu,1111,5,,,,\n");

        Assert.Equal(["A", "B"], reading.Drafts().Select(d => d.Key));
        Assert.Equal(5, reading.Interleaved);
        Assert.Equal(4, reading.Rows);
        Assert.Throws<InvalidOperationException>(() => reading.Drafts());
    }
}

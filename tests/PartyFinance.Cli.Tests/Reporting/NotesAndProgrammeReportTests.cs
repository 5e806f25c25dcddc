using System.Text.Json;
using static PartyFinance.Cli.Tests.Reporting.ReportScenario;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>B04/BCTC part IV (balance details) and F01-02/BCQT (spending on the estimate not given autonomy) on the hand-worked year.</summary>
public sealed class NotesAndProgrammeReportTests
{
    [Fact]
    public async Task B04_DetailsTheBalancesOfB01ByAccount_AndAddsUpToItsLines()
    {
        await using var cli = await BooksAsync();
        var b04 = await cli.JsonAsync("report", "show", "B04-BCTC", "--year", "2025", "--unit", "VPTU");
        var b01 = await cli.JsonAsync("report", "show", "B01-BCTC", "--year", "2025", "--unit", "VPTU");
        (string Line, long End, long Start)[] expected =
        [
            ("T11", 22_000_000, 10_000_000), ("T1", 22_000_000, 10_000_000), ("T24", 3_000_000, 0), ("T45", 50_000_000, 50_000_000), ("T46", -10_000_000, -10_000_000),
            ("T81", 25_000_000, 10_000_000), ("T91", 40_000_000, 40_000_000), ("T101", 0, 0),
        ];
        Assert.Equal(expected, expected.Select(e => (e.Line, Value(b04, e.Line, "end"), Value(b04, e.Line, "start"))));
        foreach (var column in new[] { "end", "start" })
        {
            Assert.Equal(Value(b01, "110", column), Value(b04, "T1", column));
            Assert.Equal(Value(b01, "192", column), Value(b04, "T4", column));
            Assert.Equal(Value(b01, "193", column), Value(b04, "T46", column));
        }

        Assert.Equal("B04/BCTC", b04.GetProperty("form").GetString());
        Assert.Empty(b04.GetProperty("notes").EnumerateArray()); // balances no note line takes are B01's business, not the notes'
    }

    [Fact]
    public async Task B04_PartsVAndVI_DetailB02AndB03_YearAndPriorYear_ToTheDong()
    {
        await using var cli = await BooksAsync();
        const string prior = """
            key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty
            q1,15/06/2024,VPTU,RDT,Chi hội nghị năm trước,61122,1500000,,NSNN,6551,340-351,
            q1,15/06/2024,VPTU,RDT,,5112,,1500000,NSNN,,340-351,
            """;
        await cli.MustSucceedAsync("voucher", "import", cli.File("nam-truoc.csv", prior));
        var b04 = await cli.JsonAsync("report", "show", "B04-BCTC", "--year", "2025", "--unit", "VPTU");
        var b02 = await cli.JsonAsync("report", "show", "B02-BCTC", "--year", "2025", "--unit", "VPTU");
        var b03 = await cli.JsonAsync("report", "show", "B03-BCTC", "--year", "2025", "--unit", "VPTU");

        // end = năm nay, start = năm trước for the turnover of part V; the closing entries into 911 left out.
        (string Line, long Year, long Prior)[] expected =
        [
            ("V11", 67_000_000, 0), ("V12", 0, 1_500_000), ("V1", 67_000_000, 1_500_000), ("V31", 60_000_000, 0), ("V32", 7_000_000, 1_500_000),
            ("V3", 67_000_000, 1_500_000), ("V4", 0, 0), ("V5", 0, 0), ("VI11", 22_000_000, 10_000_000), ("VI1", 22_000_000, 10_000_000),
        ];
        Assert.Equal(expected, expected.Select(e => (e.Line, Value(b04, e.Line, "end"), Value(b04, e.Line, "start"))));
        Assert.Equal((Value(b02, "411", "year"), Value(b02, "411", "prior")), (Value(b04, "V1", "end"), Value(b04, "V1", "start")));
        Assert.Equal(Value(b02, "451", "year") + Value(b02, "452", "year"), Value(b04, "V3", "end") + Value(b04, "V4", "end") + Value(b04, "V5", "end"));
        Assert.Equal(Value(b02, "451", "prior") + Value(b02, "452", "prior"), Value(b04, "V3", "start") + Value(b04, "V4", "start") + Value(b04, "V5", "start"));
        Assert.Equal((Value(b03, "80", "year"), Value(b03, "70", "year")), (Value(b04, "VI1", "end"), Value(b04, "VI1", "start")));
    }

    [Fact]
    public async Task B04_PartsIToIII_AreFilledFromTheUnit_OrLeftAsLabelledRowsWithoutAmounts()
    {
        await using var cli = await BooksAsync();
        var vptu = await cli.JsonAsync("report", "show", "B04-BCTC", "--year", "2025", "--unit", "VPTU");
        var du1 = await cli.JsonAsync("report", "show", "B04-BCTC", "--year", "2025", "--unit", "DU1");
        Assert.Equal("1. Tên đơn vị: Văn phòng Tỉnh ủy", Label(vptu, "I1"));
        Assert.Equal("2. Mã chương: 509", Label(vptu, "I2"));
        Assert.Equal("3. Đơn vị cấp trên trực tiếp: không có", Label(vptu, "I3"));
        Assert.Equal("4. Các đơn vị cấp dưới trực thuộc: Đảng ủy xã Một", Label(vptu, "I4"));
        Assert.Equal("1. Kỳ kế toán năm: từ ngày 01/01/2025 đến ngày 31/12/2025", Label(vptu, "II1"));
        Assert.Equal(("1. Tên đơn vị: Đảng ủy xã Một", "2. Mã chương: 819", "3. Đơn vị cấp trên trực tiếp: Văn phòng Tỉnh ủy", "4. Các đơn vị cấp dưới trực thuộc: không có"),
            (Label(du1, "I1"), Label(du1, "I2"), Label(du1, "I3"), Label(du1, "I4")));
        Assert.StartsWith("6. Chức năng, nhiệm vụ chính: …", Label(vptu, "I6"), StringComparison.Ordinal);
        foreach (var line in new[] { "I1", "I6", "II3", "III3", "VI2" })
        {
            Assert.Empty(Row(vptu, line).GetProperty("values").EnumerateObject()); // blank cells, not zero
        }

        var text = await cli.MustSucceedAsync("report", "show", "B04-BCTC", "--year", "2025", "--unit", "VPTU");
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B04_PartVII_GivesTheEstimateLeftOn008_AsTheEstimateBooksHaveIt_AndLabelledRowsForTheRest()
    {
        await using var cli = await BooksAsync();
        var b04 = await cli.JsonAsync("report", "show", "B04-BCTC", "--year", "2025", "--unit", "VPTU");

        // Năm nay, thường xuyên (00821): given 100.000 + 50.000, withdrawn 20.000 as an advance (5.000 of it settled, so
        // 5.000 moved from 008211 to 008212), 60.000 salaries: 70.000 left. Năm trước (00811): 8.000 carried, 2.000 spent.
        (string Line, long End, long Start)[] expected = [("VII11", 6_000_000, 0), ("VII12", 0, 0), ("VII13", 70_000_000, 0), ("VII14", 0, 0), ("VII1", 76_000_000, 0)];
        Assert.Equal(expected, expected.Select(e => (e.Line, Value(b04, e.Line, "end"), Value(b04, e.Line, "start"))));

        // The same as the estimate books of `budget status`: allocated − spent − advanced (no commitments in this year).
        var execution = await cli.JsonAsync("report", "show", "budget-execution", "--year", "2025", "--unit", "VPTU");
        var total = execution.GetProperty("rows").EnumerateArray().Last().GetProperty("values");
        Assert.Equal(0, total.GetProperty("committed").GetInt64());
        Assert.Equal(total.GetProperty("available").GetInt64(), Value(b04, "VII1", "end"));

        Assert.Equal("3. Những sự kiện phát sinh sau ngày kết thúc kỳ kế toán năm (31/12/2025): …………………………", Label(b04, "VII3"));
        foreach (var line in new[] { "VII2", "VII3", "VII4" })
        {
            Assert.Empty(Row(b04, line).GetProperty("values").EnumerateObject());
        }
    }

    private static JsonElement Row(JsonElement report, string line) => report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("line").GetString() == line);

    private static string Label(JsonElement report, string line) => Row(report, line).GetProperty("label").GetString()!;

    [Fact]
    public async Task F0102_ListsOnlyWhatWasSpentOnTheEstimateNotGivenAutonomy()
    {
        await using var cli = await BooksAsync();
        const string programme = """
            key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty
            p1,06/01/2025,VPTU,DTG,Giao dự toán chương trình chuyển đổi số,008222,30000000,,NSNN,6551,340-351,
            p2,20/04/2025,VPTU,RDT,Chi chương trình chuyển đổi số,61122,4000000,,NSNN,6551,340-351,
            p2,20/04/2025,VPTU,RDT,,5112,,4000000,NSNN,,340-351,
            p2,20/04/2025,VPTU,RDT,,008222,,4000000,NSNN,6551,340-351,
            """;
        await cli.MustSucceedAsync("voucher", "import", cli.File("chuong-trinh.csv", programme));
        var f0102 = await cli.JsonAsync("report", "show", "F01-02-BCQT", "--year", "2025", "--unit", "VPTU");
        var f0101 = await cli.JsonAsync("report", "show", "F01-01-BCQT", "--year", "2025", "--unit", "VPTU");
        Assert.Equal(4_000_000, Value(f0102, "total", "total"));
        Assert.Equal(4_000_000, Value(f0102, "509/340-351/6550/6551", "domestic"));
        Assert.DoesNotContain(f0102.GetProperty("rows").EnumerateArray(), r => r.GetProperty("line").GetString()!.EndsWith("/6001", StringComparison.Ordinal));
        Assert.Equal(60_000_000 + 5_000_000 + 2_000_000 + 4_000_000, Value(f0101, "total", "total"));
    }
}

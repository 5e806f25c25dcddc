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

using System.Text.Json;
using PartyFinance.Application.Reporting;
using PartyFinance.Testing;
using static PartyFinance.Cli.Tests.Reporting.ReportScenario;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>
/// B04/BCTC in the consolidated view of part of the province (the hand-worked year, VPTU and DU1 under it, and a second
/// unit at the top, XA2, outside the view): each unit's block keeps its own parts I–III under its heading, and the
/// total prints each narrative line once, filled for the view, while its amounts are the two units' summed.
/// </summary>
public sealed class ConsolidatedNarrativeTests
{
    private static readonly string[] TextLines = ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "II1", "II2", "II3", "II4", "II5", "III1", "III2", "III3", "III4", "III5", "VI2", "VI3"];

    private static async Task<CliRunner> PartOfTheProvinceAsync()
    {
        var cli = await BooksAsync();
        await cli.MustSucceedAsync("unit", "import", cli.File("xa2.csv", "code,name,kind,parent,chapter,valid_from,valid_to,successor\nXA2,Đảng ủy xã Hai,commune-committee,,819,2018-01-01,,\n"), "--by", TestUsers.Admin);
        return cli;
    }

    [Fact]
    public async Task TheTotal_PrintsEachNarrativeLineOnce_FilledForTheView_AndSumsTheAmounts()
    {
        await using var cli = await PartOfTheProvinceAsync();
        var b04 = await cli.JsonAsync("report", "show", "B04-BCTC", "--year", "2025", "--consolidated");
        var total = Block(b04, ConsolidateReport.TotalLabel);

        Assert.Equal(TextLines, total.Where(r => TextLines.Contains(r.Line)).Select(r => r.Line));
        Assert.Equal("1. Tên đơn vị: Văn phòng Tỉnh ủy và các đơn vị trực thuộc (tổng hợp 2 đơn vị)", total.Single(r => r.Line == "I1").Label);
        Assert.Equal("2. Mã chương: 509, 819", total.Single(r => r.Line == "I2").Label);
        Assert.Equal("3. Đơn vị cấp trên trực tiếp: không có", total.Single(r => r.Line == "I3").Label);
        Assert.Equal("4. Các đơn vị cấp dưới trực thuộc: Đảng ủy xã Một", total.Single(r => r.Line == "I4").Label);
        Assert.Equal("1. Tên đơn vị: Đảng ủy xã Một", Block(b04, "DU1").Single(r => r.Line == "I1").Label);
        Assert.Equal("1. Tên đơn vị: Văn phòng Tỉnh ủy", Block(b04, "VPTU").Single(r => r.Line == "I1").Label);

        // Cash: VPTU 22.000.000 and DU1 1.000.000 at the end of the year, VPTU 10.000.000 at the start.
        Assert.Equal((23_000_000L, 10_000_000L), total.Where(r => r.Line == "T11").Select(r => (r.Values["end"], r.Values["start"])).Single());
        Assert.Equal(Block(b04, "VPTU").Concat(Block(b04, "DU1")).Where(r => r.Line == "T1").Sum(r => r.Values["end"]), total.Single(r => r.Line == "T1").Values["end"]);
    }

    [SofficeFact]
    public async Task LibreOffice_ReadsBackOneNarrativeBlockPerUnit_AndOneForTheTotal()
    {
        await using var cli = await PartOfTheProvinceAsync();
        var path = cli.File("b04.xlsx", string.Empty);
        await cli.MustSucceedAsync("report", "export", "--year", "2025", "--consolidated", "--reports", "B04-BCTC", "--out", path, "--place", "Bắc Ninh", "--date", "2026-01-20");
        var rows = Workbook.ThroughLibreOffice(path)["B04-BCTC"];

        // Columns: Đơn vị, Chỉ tiêu, Mã số, Số cuối năm, Số đầu năm.
        var names = rows.Where(r => r.Count > 2 && r[2] == "I1").Select(r => (r[0], r[1])).ToList();
        Assert.Equal(
            [("VPTU", "1. Tên đơn vị: Văn phòng Tỉnh ủy"), ("DU1", "1. Tên đơn vị: Đảng ủy xã Một"),
             (ConsolidateReport.TotalLabel, "1. Tên đơn vị: Văn phòng Tỉnh ủy và các đơn vị trực thuộc (tổng hợp 2 đơn vị)")],
            names);
        foreach (var line in TextLines)
        {
            Assert.Equal(3, rows.Count(r => r.Count > 2 && r[2] == line));
            Assert.Single(rows, r => r.Count > 4 && r[0] == ConsolidateReport.TotalLabel && r[2] == line && r[3].Length == 0 && r[4].Length == 0);
        }

        Assert.Contains(rows, r => r.Count > 4 && r[0] == ConsolidateReport.TotalLabel && r[2] == "T11" && r[3] == "23000000" && r[4] == "10000000");
    }

    private sealed record Row(string Line, string Label, IReadOnlyDictionary<string, long> Values);

    private static List<Row> Block(JsonElement report, string unit) => report.GetProperty("rows").EnumerateArray()
        .Where(r => r.TryGetProperty("texts", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("unit", out var u) && u.GetString() == unit)
        .Select(r => new Row(r.GetProperty("line").GetString()!, r.GetProperty("label").GetString()!,
            r.GetProperty("values").EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetInt64(), StringComparer.Ordinal)))
        .ToList();
}

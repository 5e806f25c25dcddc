using PartyFinance.Application.Reporting;

namespace PartyFinance.Application.Tests.Reporting;

public class SegmentedRowsTests
{
    private static ReportRow Item(int n) => new(string.Empty, "Tài sản " + n, 1, false, ReportRow.NoTexts, new Dictionary<string, long> { ["cost"] = n });

    private static (SegmentedRows<int> Rows, List<int> Built) Register()
    {
        var built = new List<int>();
        var rows = new SegmentedRows<int>(
            [
                new(ReportRow.Heading("Nhà"), [1, 2, 3], new ReportRow("10", "Cộng Nhà", 0, true, ReportRow.NoTexts, new Dictionary<string, long> { ["cost"] = 6 })),
                new(ReportRow.Heading("Xe"), [], new ReportRow("20", "Cộng Xe", 0, true, ReportRow.NoTexts, new Dictionary<string, long> { ["cost"] = 0 })),
                new(ReportRow.Heading("Máy"), [4], new ReportRow("30", "Cộng Máy", 0, true, ReportRow.NoTexts, new Dictionary<string, long> { ["cost"] = 4 })),
            ],
            new ReportRow("total", "Tổng cộng", 0, true, ReportRow.NoTexts, new Dictionary<string, long> { ["cost"] = 10 }),
            n =>
            {
                built.Add(n);
                return Item(n);
            });
        return (rows, built);
    }

    [Fact]
    public void RowsComeInSegmentOrder_AndTheIndexerAgreesWithTheEnumeration()
    {
        var (rows, _) = Register();
        string[] expected = ["Nhà", "Tài sản 1", "Tài sản 2", "Tài sản 3", "Cộng Nhà", "Xe", "Cộng Xe", "Máy", "Tài sản 4", "Cộng Máy", "Tổng cộng"];

        Assert.Equal(expected, rows.Select(r => r.Label));
        Assert.Equal(expected.Length, rows.Count);
        Assert.Equal(expected, Enumerable.Range(0, rows.Count).Select(i => rows[i].Label));
        Assert.Equal(3, rows[3].Values["cost"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => rows[rows.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => rows[-1]);
    }

    [Fact]
    public void AnItemsRow_IsBuiltWhenItIsRead_NotBefore()
    {
        var (rows, built) = Register();
        Assert.Empty(built);

        using var reading = rows.GetEnumerator();
        for (var i = 0; i < 3; i++)
        {
            Assert.True(reading.MoveNext());
        }

        Assert.Equal([1, 2], built);
        Assert.Equal("Tài sản 4", rows[8].Label);
        Assert.Equal([1, 2, 4], built);
    }
}

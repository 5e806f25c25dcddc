using System.Text.Json;

namespace PartyFinance.Cli.Tests.Reporting;

/// <summary>
/// A small unit's year worked out by hand (figures in the tests, in thousands: 1.000 đ):
/// opened with cash 10.000 (3371), an asset 50.000 worn 10.000 (36611 40.000); estimate 100.000 for
/// salaries (6001) and 50.000 for stationery (6551); 20.000 withdrawn to cash as an advance, 5.000 spent
/// and settled with the Treasury; salaries 60.000 paid by direct withdrawal; an advance of 3.000 to a
/// person; last year's estimate of 8.000 carried forward, 2.000 of it spent; the year-end closing of
/// revenue and expense into 9111. A second unit books 1.000 cash so the province differs from the unit.
/// </summary>
internal static class ReportScenario
{
    public const string Units = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy,provincial-office,,509,2018-01-01,,
        DU1,Đảng ủy xã Một,commune-committee,VPTU,819,2018-01-01,,
        """;

    public const string Openings = """
        unit,year,account,debit,credit
        VPTU,2025,1111,10000000,0
        VPTU,2025,2118,50000000,0
        VPTU,2025,2141,0,10000000
        VPTU,2025,3371,0,10000000
        VPTU,2025,36611,0,40000000
        """;

    public const string Vouchers = """
        key,date,unit,type,description,account,debit,credit,fund_source,budget_item,sector,counterparty
        k1,05/01/2025,VPTU,DTG,Giao dự toán chi lương 2025,008212,100000000,,NSNN,6001,340-351,
        k2,05/01/2025,VPTU,DTG,Giao dự toán văn phòng phẩm 2025,008212,50000000,,NSNN,6551,340-351,
        k3,10/01/2025,VPTU,RDT,Rút tạm ứng dự toán về quỹ,1111,20000000,,,,,
        k3,10/01/2025,VPTU,RDT,,3371,,20000000,,,,
        k3,10/01/2025,VPTU,RDT,,008211,,20000000,NSNN,6551,340-351,
        k4,15/02/2025,VPTU,PC,"=HYPERLINK(""http://x"";""mua"") văn phòng phẩm",61112,5000000,,NSNN,6551,340-351,
        k4,15/02/2025,VPTU,PC,,1111,,5000000,,,,
        k4,15/02/2025,VPTU,PC,,3371,5000000,,,,,
        k4,15/02/2025,VPTU,PC,,5111,,5000000,NSNN,,340-351,
        k5,28/02/2025,VPTU,CTK,Thanh toán tạm ứng với Kho bạc,008211,5000000,,NSNN,6551,340-351,
        k5,28/02/2025,VPTU,CTK,,008212,,5000000,NSNN,6551,340-351,
        k6,25/01/2025,VPTU,RDT,Lương tháng 01-12 (rút dự toán chuyển khoản),61111,60000000,,NSNN,6001,340-351,
        k6,25/01/2025,VPTU,RDT,,5111,,60000000,NSNN,,340-351,
        k6,25/01/2025,VPTU,RDT,,008212,,60000000,NSNN,6001,340-351,
        k7,01/03/2025,VPTU,PC,-Tạm ứng công tác phí,141,3000000,,,,,NV01
        k7,01/03/2025,VPTU,PC,,1111,,3000000,,,,
        k8,10/03/2025,VPTU,DTG,Dự toán năm trước chuyển sang,008112,8000000,,NSNN,6551,340-351,
        k9,20/03/2025,VPTU,RDT,Mua văn phòng phẩm từ dự toán năm trước,61112,2000000,,NSNN,6551,340-351,
        k9,20/03/2025,VPTU,RDT,,5111,,2000000,NSNN,,340-351,
        k9,20/03/2025,VPTU,RDT,,008112,,2000000,NSNN,6551,340-351,
        k10,31/12/2025,VPTU,PKT,Kết chuyển doanh thu,5111,67000000,,NSNN,,340-351,
        k10,31/12/2025,VPTU,PKT,,9111,,67000000,,,,
        k12,31/12/2025,VPTU,PKT,Kết chuyển chi phí,9111,67000000,,,,,
        k12,31/12/2025,VPTU,PKT,,61111,,60000000,NSNN,6001,340-351,
        k12,31/12/2025,VPTU,PKT,,61112,,7000000,NSNN,6551,340-351,
        k11,02/01/2025,DU1,RDT,Rút dự toán về quỹ,1111,1000000,,,,,
        k11,02/01/2025,DU1,RDT,,3371,,1000000,,,,
        """;

    public static async Task<CliRunner> BooksAsync()
    {
        var cli = await CliRunner.StartAsync();
        Assert.Equal(0, (await cli.RunAsync("unit", "import", cli.File("units.csv", Units), "--by", TestUsers.Admin)).Code);
        await cli.MustSucceedAsync("balance", "import", cli.File("openings.csv", Openings));
        await cli.MustSucceedAsync("voucher", "import", cli.File("vouchers.csv", Vouchers));
        return cli;
    }

    /// <summary>The amount of a line in a column of `report show --json`.</summary>
    public static long Value(JsonElement report, string line, string column) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("line").GetString() == line).GetProperty("values").GetProperty(column).GetInt64();
}

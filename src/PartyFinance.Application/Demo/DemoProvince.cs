using System.Globalization;
using System.Text;
using PartyFinance.Domain.Ledger;

namespace PartyFinance.Application.Demo;

/// <summary>
/// A demo Bắc Ninh Party office: the provincial office, its agencies and service units, the
/// 2025 reorganisation (Tuyên giáo + Dân vận merged on 01/03/2025; the Khối committee replaced on
/// 01/07/2025; a commune committee from 01/07/2025), and from January 2025 to the month before
/// <c>today</c> the vouchers of a working office: estimates per item, salaries, cash withdrawn as
/// advances, cash payments with their revenue, and the monthly advance settlement with the Treasury.
/// Deterministic: the same date gives the same books.
/// </summary>
public static class DemoProvince
{
    public const string UnitsCsv = """
        code,name,kind,parent,chapter,valid_from,valid_to,successor
        VPTU,Văn phòng Tỉnh ủy Bắc Ninh,provincial-office,,509,2018-01-01,,
        BTC,Ban Tổ chức Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,
        BTGDV,Ban Tuyên giáo và Dân vận Tỉnh ủy,party-agency,VPTU,509,2025-03-01,,
        BTG,Ban Tuyên giáo Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2025-02-28,BTGDV
        BDV,Ban Dân vận Tỉnh ủy,party-agency,VPTU,509,2018-01-01,2025-02-28,BTGDV
        BNC,Ban Nội chính Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,
        UBKT,Cơ quan Ủy ban Kiểm tra Tỉnh ủy,party-agency,VPTU,509,2018-01-01,,
        DUCQD,Đảng ủy các cơ quan Đảng tỉnh,party-committee-bloc,VPTU,509,2025-07-01,,
        DUK,Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh,party-committee-bloc,VPTU,509,2018-01-01,2025-06-30,DUCQD
        TCT,Trường Chính trị tỉnh,party-service-unit,VPTU,509,2018-01-01,,
        BAO,Báo Bắc Ninh,party-service-unit,VPTU,509,2018-01-01,,
        XTIENDU,Đảng ủy xã Tiên Du,commune-committee,,819,2025-07-01,,
        """;

    private static readonly (string Unit, long MonthlySalary)[] Staff =
    [
        ("VPTU", 820_000_000), ("BTC", 310_000_000), ("BTGDV", 360_000_000), ("BTG", 190_000_000), ("BDV", 170_000_000),
        ("BNC", 210_000_000), ("UBKT", 260_000_000), ("DUCQD", 150_000_000), ("DUK", 140_000_000), ("TCT", 420_000_000),
        ("BAO", 380_000_000), ("XTIENDU", 45_000_000),
    ];

    /// <summary>Opening balances for 1 January 2025 (units active then), balanced per unit.</summary>
    public static string OpeningBalancesCsv()
    {
        var sb = new StringBuilder("unit,year,account,debit,credit\n");
        foreach (var (unit, salary) in Staff.Where(s => s.Unit is not ("BTGDV" or "DUCQD" or "XTIENDU")))
        {
            long cash = salary / 10, assets = salary * 3, wear = salary;
            sb.Append(CultureInfo.InvariantCulture, $"{unit},2025,1111,{cash},0\n")
              .Append(CultureInfo.InvariantCulture, $"{unit},2025,21131,{assets},0\n")
              .Append(CultureInfo.InvariantCulture, $"{unit},2025,2141,0,{wear}\n")
              .Append(CultureInfo.InvariantCulture, $"{unit},2025,36611,0,{assets - wear}\n")
              .Append(CultureInfo.InvariantCulture, $"{unit},2025,3371,0,{cash}\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// The asset register behind the opening balances of 21131 / 2141 (so `asset import` finds the ledger
    /// already holding them and posts nothing): per unit still active at the end of 2025 a set of computers and a set of air
    /// conditioners, each half of the unit's 21131 and 2141, in service before 2025.
    /// </summary>
    public static string AssetsCsv()
    {
        var sb = new StringBuilder("code,name,class,unit,in_service,original_cost,accumulated_wear,funding_state,funding_party,funding_other,origin,location,custodian\n");
        // Units merged away during 2025 (BTG, BDV, DUK) keep only their opening balances: their assets went to the successors.
        foreach (var (unit, salary) in Staff.Where(s => s.Unit is not ("BTGDV" or "DUCQD" or "XTIENDU" or "BTG" or "BDV" or "DUK")))
        {
            long cost = salary * 3 / 2, wear = salary / 2;
            sb.Append(CultureInfo.InvariantCulture, $"{unit}-MT-01,Hệ thống máy vi tính văn phòng,MAY-TINH,{unit},2023-03-01,{cost},{wear},{cost},0,0,purchase,Trụ sở {unit},Văn phòng {unit}\n")
              .Append(CultureInfo.InvariantCulture, $"{unit}-DH-01,Hệ thống điều hòa trụ sở,DIEU-HOA,{unit},2022-06-01,{cost},{wear},{cost},0,0,purchase,Trụ sở {unit},Văn phòng {unit}\n");
        }

        return sb.ToString();
    }

    /// <summary>Loại–Khoản of each unit (TT 130/2025): the political school trains (070-085), the newspaper informs (160-171), the rest is Party activity (340-351).</summary>
    public static string SectorOf(string unit) => unit switch
    {
        "TCT" => "070-085",
        "BAO" => "160-171",
        _ => "340-351",
    };

    /// <summary>Vouchers from January 2025 up to the last full month before <paramref name="today"/>.</summary>
    internal static List<VoucherDraft> Vouchers(DateOnly today, DemoVouchers make)
    {
        var random = new Random(20250101);
        var drafts = new List<VoucherDraft>();
        var end = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var units = DemoUnits.Parse(UnitsCsv);
        for (var month = new DateOnly(2025, 1, 1); month <= end; month = month.AddMonths(1))
        {
            foreach (var (unit, salary) in Staff)
            {
                var (from, to) = units[unit];
                var first = month < from ? from : month;
                if (first > end || first > month.AddMonths(1).AddDays(-1) || (to is { } t && t < month))
                {
                    continue;
                }

                var sector = SectorOf(unit);
                if (month.Month == 1 || first == from)
                {
                    var spendingItem = checked(12 * (salary / 20 + 5_000_000));
                    drafts.Add(make.Estimate(unit, sector, first,
                        [(DemoVouchers.Salary, salary * 13), .. DemoVouchers.Spending.Select(s => (s.Item, spendingItem))]));
                }

                drafts.Add(make.Payroll(unit, sector, Day(month, 25, to), salary));
                drafts.Add(make.SalaryWithdrawal(unit, sector, Day(month, 26, to), salary));
                var cash = salary / 20 + random.NextInt64(1, 50) * 100_000;
                var kind = random.Next(4);
                var item = DemoVouchers.Spending[kind].Item;
                var paid = cash * 3 / 4;
                drafts.Add(make.CashWithdrawal(unit, sector, item, Day(month, 5, to, first), cash));
                drafts.Add(make.Payment(unit, sector, kind, Day(month, 15, to, first), paid));
                drafts.Add(make.TreasurySettlement(unit, sector, item, Day(month, 28, to, first), paid));
            }
        }

        // Post in date order, so each unit's numbers run with its dates.
        return drafts.OrderBy(d => d.Date).ToList();
    }

    private static DateOnly Day(DateOnly month, int day, DateOnly? to, DateOnly? from = null)
    {
        var d = new DateOnly(month.Year, month.Month, Math.Min(day, DateTime.DaysInMonth(month.Year, month.Month)));
        d = from is { } f && d < f ? f : d;
        return to is { } t && d > t ? t : d;
    }
}

using System.Globalization;
using PartyFinance.Domain.Common;

namespace PartyFinance.Application.Ledger;

/// <summary>
/// The dates a ledger report covers, inside one fiscal year (opening balances are per year): a whole
/// year, a month, or any From–To range. The opening of the report is the year's opening plus everything
/// posted in that year before From.
/// </summary>
public sealed record ReportPeriod
{
    private ReportPeriod(DateOnly from, DateOnly to) => (From, To) = (from, to);

    public DateOnly From { get; }

    public DateOnly To { get; }

    public int Year => From.Year;

    /// <summary>Starts on the 1st and ends on a month's last day, so monthly totals answer it.</summary>
    public bool IsWholeMonths => From.Day == 1 && To.Day == DateTime.DaysInMonth(To.Year, To.Month);

    public static ReportPeriod WholeYear(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static ReportPeriod Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>A range; a missing end is the end (or start) of the other end's year. Null when it crosses a year or runs backwards.</summary>
    public static ReportPeriod? Range(DateOnly? from, DateOnly? to)
    {
        var f = from ?? new DateOnly(to!.Value.Year, 1, 1);
        var t = to ?? new DateOnly(f.Year, 12, 31);
        return f.Year != t.Year || t < f ? null : new ReportPeriod(f, t);
    }

    /// <summary>"năm 2025", "tháng 03/2025" or "từ 01/03/2025 đến 15/03/2025".</summary>
    public string Label =>
        this == WholeYear(Year) ? "năm " + Year.ToString(CultureInfo.InvariantCulture)
        : this == Month(Year, From.Month) ? "tháng " + VietnameseFormat.Month(Year, From.Month)
        : $"từ {VietnameseFormat.Date(From)} đến {VietnameseFormat.Date(To)}";
}

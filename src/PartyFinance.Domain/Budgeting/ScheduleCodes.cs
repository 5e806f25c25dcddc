using PartyFinance.Domain.Common;

namespace PartyFinance.Domain.Budgeting;

/// <summary>Codes, Vietnamese names and step of <see cref="Schedule"/>: monthly = every month, quarterly = start + 3k, yearly = start month each year.</summary>
public static class ScheduleCodes
{
    public static readonly CodeTable<Schedule> Table = new(
        (Schedule.Monthly, "monthly", "hằng tháng"),
        (Schedule.Quarterly, "quarterly", "hằng quý"),
        (Schedule.Yearly, "yearly", "hằng năm"));

    public static int StepMonths(this Schedule s) => s switch
    {
        Schedule.Monthly => 1,
        Schedule.Quarterly => 3,
        Schedule.Yearly => 12,
    };

    public static IEnumerable<string> Codes => Table.Codes;

    public static string Code(this Schedule value) => Table.Code(value);

    public static string VietnameseName(this Schedule value) => Table.Name(value);

    public static bool TryParse(string? code, out Schedule value) => Table.TryParse(code, out value);
}

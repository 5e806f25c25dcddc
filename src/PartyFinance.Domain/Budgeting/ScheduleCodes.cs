namespace PartyFinance.Domain.Budgeting;

/// <summary>Spelling and step of <see cref="Schedule"/>: monthly = every month, quarterly = start + 3k, yearly = start month each year.</summary>
public static class ScheduleCodes
{
    public static int StepMonths(this Schedule s) => s switch
    {
        Schedule.Monthly => 1,
        Schedule.Quarterly => 3,
        Schedule.Yearly => 12,
    };

    public static string Code(this Schedule s) => s switch
    {
        Schedule.Monthly => "monthly",
        Schedule.Quarterly => "quarterly",
        Schedule.Yearly => "yearly",
    };

    public static bool TryParse(string? text, out Schedule schedule)
    {
        foreach (var s in Enum.GetValues<Schedule>())
        {
            if (string.Equals(s.Code(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                schedule = s;
                return true;
            }
        }

        schedule = default;
        return false;
    }
}

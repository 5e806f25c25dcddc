using System.Globalization;

namespace PartyFinance.Cli;

/// <summary>Parsing of option values that System.CommandLine leaves as text (dates and months).</summary>
public static class Arguments
{
    public static bool TryMonth(string? text, out int year, out int month)
    {
        year = month = 0;
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            (year, month) = (d.Year, d.Month);
            return true;
        }

        return false;
    }

    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

using System.Globalization;

namespace PartyFinance.Domain.Budgeting;

/// <summary>A calendar month, written "yyyy-MM" in files and on the CLI.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int Index => checked((Year * 12) + Month - 1);

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (!DateTime.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return false;
        }

        month = new YearMonth(d.Year, d.Month);
        return true;
    }

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;

    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;

    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;

    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public DateOnly FirstDay => new(Year, Month, 1);

    public override string ToString() =>
        Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + Month.ToString("00", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace PartyFinance.Domain.Common;

/// <summary>
/// An exact amount in the currency's smallest unit (whole đồng for VND), held in 64 bits.
/// Arithmetic is checked: overflow throws, and mixing currencies throws.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// The largest amount a single figure may carry — a voucher line, an opening balance, an estimate, a
    /// request or plan, an asset's cost — 10^15 đ: a province's sums then stay far inside 64 bits, so
    /// nothing the product accepts can overflow its own reports.
    /// </summary>
    public const long MaxAmount = 1_000_000_000_000_000;

    /// <summary>
    /// The most one year of the books may carry: the sum of both sides of every posted line (off-balance ones
    /// included) and of every opening balance of the year, 9·10^15 đ — nine times the national budget of a year,
    /// a thousand times a province's. Every figure a report of the year shows (a balance, a turnover, a total of
    /// the province) is a sum of some of those amounts, so it fits in 64 bits and stays exact in a workbook cell
    /// (a double is exact up to 2^53, about 9.007·10^15). The posting that would cross it is refused, naming its row.
    /// </summary>
    public const long MaxYearVolume = 9_000_000_000_000_000;

    public Money(long minorUnits, Currency currency)
    {
        MinorUnits = minorUnits;
        Currency = currency ?? throw new ArgumentNullException(nameof(currency));
    }

    public long MinorUnits { get; }

    public Currency Currency { get; }

    public static Money Zero(Currency currency) => new(0, currency);

    public static Money Vnd(long dong) => new(dong, Currency.Vnd);

    /// <summary>Converts a computed decimal (e.g. cost × rate) to money with an explicit rounding rule.</summary>
    public static Money FromDecimal(decimal amount, Currency currency, RoundingRule rounding)
    {
        var scale = Pow10(currency.MinorUnits);
        var scaled = amount * scale;
        var rounded = rounding switch
        {
            RoundingRule.HalfAwayFromZero => Math.Round(scaled, 0, MidpointRounding.AwayFromZero),
            RoundingRule.Up => Math.Ceiling(scaled),
            RoundingRule.Down => Math.Floor(scaled),
        };
        return new Money(checked((long)rounded), currency);
    }

    public bool IsZero => MinorUnits == 0;

    public bool IsPositive => MinorUnits > 0;

    public bool IsNegative => MinorUnits < 0;

    public static Money operator +(Money a, Money b) => new(checked(a.MinorUnits + Same(a, b).MinorUnits), a.Currency);

    public static Money operator -(Money a, Money b) => new(checked(a.MinorUnits - Same(a, b).MinorUnits), a.Currency);

    public static Money operator -(Money a) => new(checked(-a.MinorUnits), a.Currency);

    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;

    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;

    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    /// <summary>Multiplies by a rate (e.g. a wear percentage) and rounds by the named rule.</summary>
    public Money Multiply(decimal factor, RoundingRule rounding) =>
        FromDecimal(ToDecimal() * factor, Currency, rounding);

    public decimal ToDecimal() => (decimal)MinorUnits / Pow10(Currency.MinorUnits);

    public int CompareTo(Money other) => MinorUnits.CompareTo(Same(this, other).MinorUnits);

    /// <summary>Vietnamese display: "1.234.567 đ".</summary>
    public string ToDisplayString() => ToDecimal().ToString(Currency.MinorUnits == 0 ? "#,##0" : "#,##0.00", Vietnamese) + " " + Currency.Symbol;

    public override string ToString() => MinorUnits.ToString(CultureInfo.InvariantCulture) + " " + Currency.Code;

    private static Money Same(Money a, Money b) =>
        a.Currency.Code == b.Currency.Code ? b : throw new InvalidOperationException($"Không thể cộng/trừ {a.Currency} với {b.Currency}.");

    private static decimal Pow10(int n)
    {
        decimal p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}

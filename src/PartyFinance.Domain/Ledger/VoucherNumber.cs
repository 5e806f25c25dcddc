using System.Globalization;

namespace PartyFinance.Domain.Ledger;

/// <summary>
/// Gapless number per unit × voucher type × year, assigned at posting and never reused:
/// "VPTU/PC/2025/000123".
/// </summary>
public readonly record struct VoucherNumber(string UnitCode, string TypeCode, int Year, int Sequence)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{UnitCode}/{TypeCode}/{Year:0000}/{Sequence:000000}");

    public static bool TryParse(string? text, out VoucherNumber number)
    {
        number = default;
        var parts = (text ?? string.Empty).Trim().Split('/');
        if (parts.Length != 4
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            || parts[0].Length == 0 || parts[1].Length == 0 || seq <= 0)
        {
            return false;
        }

        number = new VoucherNumber(parts[0], parts[1], year, seq);
        return true;
    }
}

using System.Globalization;

namespace PartyFinance.Domain.Common;

/// <summary>The only place user-facing numbers and dates get their vi-VN shape.</summary>
public static class VietnameseFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Amount(long dong) => dong.ToString("#,##0", Culture) + " đ";

    public static string Number(long value) => value.ToString("#,##0", Culture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => month.ToString("00", CultureInfo.InvariantCulture) + "/" + year.ToString(CultureInfo.InvariantCulture);
}
